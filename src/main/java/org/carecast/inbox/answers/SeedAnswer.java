package org.carecast.inbox.answers;

/**
 * One question and answer of the MedQuAD seed (CC BY 4.0): the answer may be cut at a
 * sentence end; {@code url} leads to the full text at its NIH source.
 *
 * @param source the MedQuAD subset's source code, such as {@code CancerGov}
 * @param focus the condition or topic the question is about
 * @param qtype what is asked: information, symptoms, treatment, ...
 */
public record SeedAnswer(String question, String answer, String url, String source, String focus, String qtype) {

	/** The publisher's name, as a reply cites it. */
	public String publisher() {
		return switch (this.source) {
			case "CancerGov" -> "National Cancer Institute";
			case "GARD" -> "NIH Genetic and Rare Diseases Information Center";
			case "GHR" -> "MedlinePlus Genetics";
			case "NIDDK" -> "NIDDK (NIH)";
			case "NINDS" -> "NINDS (NIH)";
			case "MPlusHealthTopics" -> "MedlinePlus";
			case "NIHSeniorHealth" -> "NIHSeniorHealth";
			case "NHLBI" -> "NHLBI (NIH)";
			case "CDC" -> "CDC";
			default -> this.source;
		};
	}

}
