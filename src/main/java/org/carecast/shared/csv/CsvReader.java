package org.carecast.shared.csv;

import java.util.ArrayList;
import java.util.List;

import org.carecast.shared.InvalidInputException;

/**
 * Reads comma-separated values as RFC 4180 defines them, and as spreadsheets write them:
 * records end with CRLF, LF or a lone CR; a quoted cell may hold commas, line breaks and
 * doubled quotes; a leading byte-order mark is ignored; blank lines are skipped.
 * <p>
 * Structural mistakes (a quote left open, text after a closing quote, a quote inside an
 * unquoted cell) fail the whole file rather than one record, because everything after
 * them would be read at the wrong place. Error messages give the record number only,
 * never the content.
 */
public final class CsvReader {

	private static final char QUOTE = '"';

	private final int maxRecords;

	/**
	 * @param maxRecords the most records (header included) read before the file is
	 * refused
	 */
	public CsvReader(int maxRecords) {
		this.maxRecords = maxRecords;
	}

	/**
	 * The records in order; record {@code i} (from 0) is what a spreadsheet shows as row
	 * {@code i + 1}, blank lines not counted.
	 */
	public List<List<String>> read(String text) {
		List<List<String>> records = new ArrayList<>();
		int i = (!text.isEmpty() && text.charAt(0) == '\uFEFF') ? 1 : 0;
		int length = text.length();
		List<String> record = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		while (i <= length) {
			int row = records.size() + 1;
			if (i < length && text.charAt(i) == QUOTE) {
				i = quoted(text, i + 1, cell, row);
			}
			else {
				i = unquoted(text, i, cell, row);
			}
			record.add(cell.toString());
			cell.setLength(0);
			if (i < length && text.charAt(i) == ',') {
				i++;
				continue;
			}
			// End of the record: a line break or the end of the text.
			if (!(record.size() == 1 && record.get(0).isEmpty())) {
				if (records.size() == this.maxRecords) {
					throw new InvalidInputException(
							"The file has more than " + (this.maxRecords - 1) + " rows. Split it into smaller files.");
				}
				records.add(List.copyOf(record));
			}
			record = new ArrayList<>();
			i = afterLineBreak(text, i);
		}
		return records;
	}

	/** Reads an unquoted cell from {@code i}; returns the index of its delimiter. */
	private static int unquoted(String text, int i, StringBuilder cell, int row) {
		int length = text.length();
		while (i < length) {
			char c = text.charAt(i);
			if (c == ',' || c == '\r' || c == '\n') {
				break;
			}
			if (c == QUOTE) {
				throw new InvalidInputException("Row " + row + " has a quote inside a cell that does not start with "
						+ "one. Put the whole cell in quotes and double the quotes inside it.");
			}
			cell.append(c);
			i++;
		}
		return i;
	}

	/**
	 * Reads a quoted cell whose content starts at {@code i}; returns the index after the
	 * closing quote.
	 */
	private static int quoted(String text, int i, StringBuilder cell, int row) {
		int length = text.length();
		while (i < length) {
			char c = text.charAt(i);
			if (c == QUOTE) {
				if (i + 1 < length && text.charAt(i + 1) == QUOTE) {
					cell.append(QUOTE);
					i += 2;
					continue;
				}
				int next = i + 1;
				if (next < length && ",\r\n".indexOf(text.charAt(next)) < 0) {
					throw new InvalidInputException("Row " + row + " has text after the closing quote of a cell. "
							+ "Double the quotes inside a quoted cell.");
				}
				return next;
			}
			cell.append(c);
			i++;
		}
		throw new InvalidInputException(
				"Row " + row + " opens a quote that is never closed, so the rest of the file cannot be read.");
	}

	private static int afterLineBreak(String text, int i) {
		if (i >= text.length()) {
			return text.length() + 1;
		}
		if (text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
			return i + 2;
		}
		return i + 1;
	}

}
