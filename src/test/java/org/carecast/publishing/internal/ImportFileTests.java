package org.carecast.publishing.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.carecast.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportFileTests {

	@Test
	void readsRowsByColumnNameWhateverTheOrderAndCase() {
		List<ImportFile.Row> rows = read(
				"\uFEFFText,Send At,ACCOUNTS,consent-reference\r\n" + "\"Flu shots, Thursday\",2026-03-08 14:00,x,\r\n"
						+ "second,2026-03-09 09:00,mastodon:@clinic,CR-7\r\n");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0).number()).isEqualTo(2);
		assertThat(rows.get(0).get("text")).isEqualTo("Flu shots, Thursday");
		assertThat(rows.get(0).get("send_at")).isEqualTo("2026-03-08 14:00");
		assertThat(rows.get(0).get("link")).isEmpty();
		assertThat(rows.get(1).get("consent_reference")).isEqualTo("CR-7");
		assertThat(rows.get(1).number()).isEqualTo(3);
	}

	@Test
	void takesOffTheApostropheItsOwnExportPutBeforeFormulaCharacters() {
		List<ImportFile.Row> rows = read("send_at,accounts,text\n2026-03-08 14:00,'@clinic,'-5 degrees tonight\n");
		assertThat(rows.get(0).get("accounts")).isEqualTo("@clinic");
		assertThat(rows.get(0).get("text")).isEqualTo("-5 degrees tonight");
	}

	@Test
	void marksRowsWithMoreCellsThanColumnsAndAcceptsShortOnes() {
		List<ImportFile.Row> rows = read(
				"send_at,accounts,text,link\n2026-03-08 14:00,x,Flu, shots,\n2026-03-08 14:00,x\n");
		assertThat(rows.get(0).extraCells()).isTrue();
		assertThat(rows.get(1).extraCells()).isFalse();
		assertThat(rows.get(1).get("text")).isEmpty();
	}

	@Test
	void refusesFilesItCannotReadWithoutQuotingThem() {
		assertRefused(new byte[0], "empty");
		assertRefused("send_at,accounts,text\n".getBytes(StandardCharsets.UTF_8), "no rows");
		assertRefused("send_at,accounts\n1,2\n".getBytes(StandardCharsets.UTF_8), "must name the columns");
		assertRefused("send_at,accounts,text,Jane Doe DOB 1950\n".getBytes(StandardCharsets.UTF_8),
				"Column 4 of the first row is not a column");
		assertRefused("send_at,accounts,text,text\n".getBytes(StandardCharsets.UTF_8),
				"Column 4 of the first row repeats");
		// Windows-1252 "é", as an older spreadsheet saves it.
		assertRefused(new byte[] { 't', 'e', 'x', 't', '\n', (byte) 0xE9, '\n' }, "not UTF-8");
		assertRefused("send_at\0,accounts,text\n".getBytes(StandardCharsets.UTF_8), "not a CSV file");
		assertRefused(new byte[ImportFile.MAX_BYTES + 1], "larger than 1 MB");
		assertRefused(("send_at,accounts,text\n" + "2026-03-08 14:00,x,Hi\n".repeat(ImportFile.MAX_ROWS + 1))
			.getBytes(StandardCharsets.UTF_8), "more than 500 rows");
	}

	@Test
	void errorMessagesNeverRepeatTheFile() {
		assertThatThrownBy(() -> read("send_at,accounts,Jane Doe\n")).isInstanceOf(InvalidInputException.class)
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("Jane"));
		assertThatThrownBy(() -> read("send_at,accounts,text\n2026-03-08,x,\"Jane Doe in room 4\n"))
			.satisfies((ex) -> assertThat(ex.getMessage()).startsWith("Row 2").doesNotContain("Jane"));
	}

	private static List<ImportFile.Row> read(String text) {
		return ImportFile.read(text.getBytes(StandardCharsets.UTF_8));
	}

	private static void assertRefused(byte[] bytes, String message) {
		assertThatThrownBy(() -> ImportFile.read(bytes)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining(message);
	}

}
