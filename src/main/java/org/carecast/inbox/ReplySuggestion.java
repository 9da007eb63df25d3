package org.carecast.inbox;

/**
 * A reply a responder may send, or adapt, for an inbound item: general health information
 * with a pointer to its source, never advice for the person.
 *
 * @param text the reply, at most 500 characters, ready to paste
 * @param sourceName who the information comes from
 * @param sourceUrl where the full text is
 * @param kind where the suggestion comes from
 * @param score how well it fits, 0 to 1
 */
public record ReplySuggestion(String text, String sourceName, String sourceUrl, Kind kind, double score) {

	/** Where a suggestion comes from, in the order replies prefer them. */
	public enum Kind {

		CLAIM_CORRECTION("Correction of a health myth"), ORGANIZATION_ANSWER("Your organization's answer"),
		MEDQUAD("NIH answer (MedQuAD, CC BY 4.0)");

		private final String label;

		Kind(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
