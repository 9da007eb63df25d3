package org.carecast.guardrail.web;

import java.util.ArrayList;
import java.util.List;

import org.carecast.guardrail.Finding;

/**
 * The scanned text cut into plain and marked pieces for display. Findings of different
 * checks may overlap; a piece is marked with the first finding that starts there, and
 * every finding is still listed below the text.
 */
record HighlightedText(List<Piece> pieces) {

	/**
	 * A piece of text; {@code finding} is its 1-based number in the findings list, or 0.
	 */
	record Piece(String text, int finding, String label) {

		public boolean marked() {
			return this.finding > 0;
		}

	}

	static HighlightedText of(String text, List<Finding> findings) {
		List<Piece> pieces = new ArrayList<>();
		int cursor = 0;
		for (int i = 0; i < findings.size(); i++) {
			Finding f = findings.get(i);
			if (f.start() < cursor || f.end() > text.length() || f.length() == 0) {
				continue;
			}
			if (f.start() > cursor) {
				pieces.add(new Piece(text.substring(cursor, f.start()), 0, null));
			}
			pieces.add(new Piece(text.substring(f.start(), f.end()), i + 1,
					ScanRequests.label(f.check()) + ": " + f.type()));
			cursor = f.end();
		}
		if (cursor < text.length()) {
			pieces.add(new Piece(text.substring(cursor), 0, null));
		}
		return new HighlightedText(pieces);
	}

}
