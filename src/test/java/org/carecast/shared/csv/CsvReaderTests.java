package org.carecast.shared.csv;

import java.util.List;
import java.util.Random;

import org.carecast.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTests {

	private final CsvReader reader = new CsvReader(100);

	@Test
	void readsTheExamplesOfRfc4180() {
		// RFC 4180 section 2, items 1 to 7.
		assertThat(this.reader.read("aaa,bbb,ccc\r\nzzz,yyy,xxx\r\n")).containsExactly(List.of("aaa", "bbb", "ccc"),
				List.of("zzz", "yyy", "xxx"));
		assertThat(this.reader.read("aaa,bbb,ccc\r\nzzz,yyy,xxx")).hasSize(2);
		assertThat(this.reader.read("\"aaa\",\"bbb\",\"ccc\"\r\n")).containsExactly(List.of("aaa", "bbb", "ccc"));
		assertThat(this.reader.read("\"aaa\",\"b\r\nbb\",\"ccc\"\r\nzzz,yyy,xxx"))
			.containsExactly(List.of("aaa", "b\r\nbb", "ccc"), List.of("zzz", "yyy", "xxx"));
		assertThat(this.reader.read("\"aaa\",\"b\"\"bb\",\"ccc\"")).containsExactly(List.of("aaa", "b\"bb", "ccc"));
	}

	@Test
	void acceptsWhatSpreadsheetsWrite() {
		// A byte-order mark, bare LF or CR line ends, empty cells and blank lines.
		assertThat(this.reader.read("\uFEFFa,b\nc,\n\n,d\r\re,\"\"\n")).containsExactly(List.of("a", "b"),
				List.of("c", ""), List.of("", "d"), List.of("e", ""));
		assertThat(this.reader.read("")).isEmpty();
		assertThat(this.reader.read("\r\n\r\n")).isEmpty();
		assertThat(this.reader.read("a,\"x,y\"")).containsExactly(List.of("a", "x,y"));
		assertThat(this.reader.read("\"\"\"=1\"\"\"")).containsExactly(List.of("\"=1\""));
	}

	@Test
	void keepsSpacesAndNonAsciiText() {
		assertThat(this.reader.read(" a , b ,Vacunación 💉")).containsExactly(List.of(" a ", " b ", "Vacunación 💉"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "a,\"Jane\nb,c", "a,\"Jane\"y,c", "a,Jane\"c", "h\r\nok\r\n\"Jane\"\"" })
	void refusesBrokenQuotingWithTheRowNumberAndWithoutTheContent(String broken) {
		assertThatThrownBy(() -> this.reader.read(broken)).isInstanceOf(InvalidInputException.class)
			.hasMessageStartingWith("Row ")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("Jane"));
	}

	@Test
	void namesTheRowOfAnUnclosedQuote() {
		assertThatThrownBy(() -> this.reader.read("h\nfine\n\"never closed\nmore\n"))
			.hasMessageStartingWith("Row 3 opens a quote");
	}

	@Test
	void refusesMoreRecordsThanItsLimit() {
		CsvReader small = new CsvReader(3);
		assertThat(small.read("h\n1\n2\n")).hasSize(3);
		assertThatThrownBy(() -> small.read("h\n1\n2\n3\n")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("more than 2 rows");
	}

	@Test
	void whatTheWriterWritesReadsBackTheSame() {
		List<List<String>> rows = List.of(List.of("plain", "with, comma", "with \"quotes\"", "two\r\nlines"),
				List.of("", "=1+1", "-dash", "@handle"), List.of("tab\tinside", "\n", "'quoted", "x"));
		CsvWriter writer = new CsvWriter();
		rows.forEach(writer::row);
		List<List<String>> read = this.reader.read(writer.toString());
		assertThat(read).hasSize(3);
		for (int r = 0; r < rows.size(); r++) {
			assertThat(read.get(r).stream().map(CsvWriter::unescapeFormula).toList()).isEqualTo(rows.get(r));
		}
	}

	@Test
	void randomInputEitherReadsOrFailsWithInvalidInput() {
		Random random = new Random(4180);
		char[] alphabet = { 'a', ',', '"', '\r', '\n', ' ', '\uFEFF', 'é', '=' };
		for (int n = 0; n < 20_000; n++) {
			StringBuilder text = new StringBuilder();
			for (int i = random.nextInt(30); i > 0; i--) {
				text.append(alphabet[random.nextInt(alphabet.length)]);
			}
			try {
				assertThat(new CsvReader(1000).read(text.toString())).allSatisfy((row) -> assertThat(row).isNotEmpty());
			}
			catch (InvalidInputException expected) {
				assertThat(expected.getMessage()).startsWith("Row ");
			}
		}
	}

}
