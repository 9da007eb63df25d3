package org.carecast.shared.csv;

import java.util.List;

/**
 * Writes RFC 4180 comma-separated values that are safe to open in a spreadsheet: records
 * end with CRLF; a cell is quoted when it holds a comma, a quote or a line break; and a
 * cell that a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or
 * a carriage return) gets a leading apostrophe, which spreadsheets show as text (OWASP
 * "CSV injection"). {@link #unescapeFormula} takes that apostrophe off again when an
 * exported file comes back in.
 */
public final class CsvWriter {

	/** Spreadsheets take it as a hint that the file is UTF-8. */
	public static final String BYTE_ORDER_MARK = "\uFEFF";

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final StringBuilder out = new StringBuilder();

	public CsvWriter row(List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				this.out.append(',');
			}
			this.out.append(cell(cells.get(i)));
		}
		this.out.append("\r\n");
		return this;
	}

	@Override
	public String toString() {
		return this.out.toString();
	}

	/** One cell as it is written, formula-escaped and quoted as needed. */
	public static String cell(String value) {
		String text = (value != null) ? value : "";
		if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0;
		return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

	/**
	 * A cell as read back: the apostrophe {@link #cell} put before a formula character is
	 * removed, any other text stays as it is.
	 */
	public static String unescapeFormula(String value) {
		if (value.length() >= 2 && value.charAt(0) == '\'' && FORMULA_STARTS.indexOf(value.charAt(1)) >= 0) {
			return value.substring(1);
		}
		return value;
	}

}
