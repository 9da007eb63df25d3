package org.carecast.channels.x;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class XTextMatchTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Flu shots https://clinic.example/flu           | Flu shots https://t.co/AbCdEf1234   | true
			Book at clinic.com today                       | Book at https://t.co/x today        | true
			Pain & fever < 3 days                          | Pain &amp; fever &lt; 3 days        | true
			Flu  shots   today                             | Flu shots today                     | true
			Café                                           | Cafe\u0301                           | true
			Flu shots Saturday                             | Flu shots Sunday                    | false
			Flu shots                                      | Flu shots today                     | false
			e.g. rest                                      | rest                                | false
			""")
	void comparesTheWayXStoresText(String sent, String stored, boolean same) {
		assertThat(XTextMatch.same(sent, stored)).isEqualTo(same);
	}

}
