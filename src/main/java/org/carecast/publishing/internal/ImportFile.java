package org.carecast.publishing.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.carecast.shared.InvalidInputException;
import org.carecast.shared.csv.CsvReader;
import org.carecast.shared.csv.CsvWriter;

/**
 * An uploaded CSV file of posts, read into rows keyed by column. Problems of the file as
 * a whole (not UTF-8, too large, a missing or unknown column, broken quoting) refuse the
 * file; problems of one row are that row's, found later.
 */
public final class ImportFile {

	public static final int MAX_BYTES = 1_000_000;

	public static final int MAX_ROWS = 500;

	/** The columns, in the order exports write them. */
	public static final List<String> COLUMNS = List.of("send_at", "accounts", "text", "link", "campaign", "topic",
			"consent_reference", "sources");

	static final List<String> REQUIRED = List.of("send_at", "accounts", "text");

	/** Written by the export for people and machines; read past on import. */
	static final List<String> IGNORED = List.of("send_at_utc", "state", "id");

	/**
	 * One data row: its spreadsheet row number and its cells by column name.
	 *
	 * @param extraCells whether it has more cells than the header names, usually a comma
	 * in a cell that is not quoted
	 */
	public record Row(int number, Map<String, String> cells, boolean extraCells) {

		public String get(String column) {
			String value = this.cells.get(column);
			return (value != null) ? value.strip() : "";
		}

		@Override
		public String toString() {
			return "Row[" + this.number + "]";
		}

	}

	private ImportFile() {
	}

	public static List<Row> read(byte[] bytes) {
		if (bytes.length == 0) {
			throw new InvalidInputException("The file is empty.");
		}
		if (bytes.length > MAX_BYTES) {
			throw new InvalidInputException("The file is larger than 1 MB. Split it into smaller files.");
		}
		String text = decode(bytes);
		if (text.indexOf('\0') >= 0) {
			throw new InvalidInputException("This is not a CSV file. Save the spreadsheet as \"CSV UTF-8\".");
		}
		List<List<String>> records = new CsvReader(MAX_ROWS + 1).read(text);
		if (records.isEmpty()) {
			throw new InvalidInputException("The file is empty.");
		}
		List<String> header = header(records.get(0));
		List<Row> rows = new ArrayList<>();
		for (int r = 1; r < records.size(); r++) {
			List<String> record = records.get(r);
			Map<String, String> cells = new HashMap<>();
			for (int c = 0; c < Math.min(header.size(), record.size()); c++) {
				cells.put(header.get(c), CsvWriter.unescapeFormula(record.get(c)));
			}
			rows.add(new Row(r + 1, cells, record.size() > header.size()));
		}
		if (rows.isEmpty()) {
			throw new InvalidInputException("The file has a header but no rows.");
		}
		return rows;
	}

	private static String decode(byte[] bytes) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new InvalidInputException(
					"The file is not UTF-8. In your spreadsheet, save it as \"CSV UTF-8\" and upload it again.");
		}
	}

	/**
	 * Column names, normalised; positions only in messages, as a header may hold
	 * anything.
	 */
	private static List<String> header(List<String> cells) {
		List<String> names = new ArrayList<>();
		for (int c = 0; c < cells.size(); c++) {
			String name = cells.get(c).strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
			if (!COLUMNS.contains(name) && !IGNORED.contains(name)) {
				throw new InvalidInputException("Column " + (c + 1) + " of the first row is not a column Carecast "
						+ "knows. The first row names the columns: " + String.join(", ", COLUMNS) + ".");
			}
			if (names.contains(name)) {
				throw new InvalidInputException("Column " + (c + 1) + " of the first row repeats another column.");
			}
			names.add(name);
		}
		for (String required : REQUIRED) {
			if (!names.contains(required)) {
				throw new InvalidInputException("The first row must name the columns send_at, accounts and text.");
			}
		}
		return names;
	}

}
