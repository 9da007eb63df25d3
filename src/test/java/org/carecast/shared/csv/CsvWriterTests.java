package org.carecast.shared.csv;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTests {

	@ParameterizedTest(name = "[{0}] -> [{1}]")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			value = { "plain|plain", "=HYPERLINK(\"http://evil.example\")|\"'=HYPERLINK(\"\"http://evil.example\"\")\"",
					"+1 555 0100|'+1 555 0100", "-2+3|'-2+3", "@SUM(A1:A2)|'@SUM(A1:A2)", "a=b|a=b",
					"'already|'already", "a,b|\"a,b\"", "=1,2|\"'=1,2\"" })
	void escapesFormulasAndQuotesWhatNeedsQuoting(String value, String written) {
		assertThat(CsvWriter.cell(value)).isEqualTo(written);
	}

	@Test
	void escapesTabAndCarriageReturnStartsAndEmptyCells() {
		assertThat(CsvWriter.cell("\t=1")).isEqualTo("'\t=1");
		assertThat(CsvWriter.cell("\r=1")).isEqualTo("\"'\r=1\"");
		assertThat(CsvWriter.cell(null)).isEmpty();
		assertThat(CsvWriter.cell("")).isEmpty();
	}

	@Test
	void writesRecordsWithCrlf() {
		assertThat(new CsvWriter().row(List.of("a", "b")).row(List.of("line\nbreak", "")).toString())
			.isEqualTo("a,b\r\n\"line\nbreak\",\r\n");
	}

	@Test
	void unescapeRemovesOnlyTheApostropheTheWriterAdds() {
		assertThat(CsvWriter.unescapeFormula("'=1")).isEqualTo("=1");
		assertThat(CsvWriter.unescapeFormula("'@clinic")).isEqualTo("@clinic");
		assertThat(CsvWriter.unescapeFormula("'tis the season")).isEqualTo("'tis the season");
		assertThat(CsvWriter.unescapeFormula("'")).isEqualTo("'");
		assertThat(CsvWriter.unescapeFormula("=1")).isEqualTo("=1");
	}

}
