package org.carecast.inbox;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.carecast.guardrail.TriageLabel;
import org.carecast.inbox.ReplySuggestion.Kind;
import org.carecast.inbox.answers.ClaimCorrections;
import org.carecast.inbox.answers.MedQuadAnswers;
import org.carecast.inbox.answers.OrganizationAnswerSearch;
import org.carecast.inbox.answers.ReplyTemplate;

import org.springframework.stereotype.Service;

/**
 * Up to three replies for an inbound item, best first: the correction of a health myth
 * the item repeats (for items labelled misinformation), then the organization's own
 * approved answers, then answers from the MedQuAD seed. Crisis items and spam get none: a
 * crisis follows the crisis protocol, not an information reply. The responder still
 * reviews every reply, and the inbox re-checks it with the guardrail before it is sent.
 */
@Service
public class ReplySuggestions {

	public static final int LIMIT = 3;

	/** Items for which a knowledge answer may help. */
	private static final Set<TriageLabel> ANSWERABLE = EnumSet.of(TriageLabel.MEDICAL_QUESTION,
			TriageLabel.MISINFORMATION, TriageLabel.OTHER);

	private final ClaimCorrections corrections;

	private final OrganizationAnswerSearch organizationAnswers;

	private final MedQuadAnswers medQuad;

	ReplySuggestions(ClaimCorrections corrections, OrganizationAnswerSearch organizationAnswers,
			MedQuadAnswers medQuad) {
		this.corrections = corrections;
		this.organizationAnswers = organizationAnswers;
		this.medQuad = medQuad;
	}

	public List<ReplySuggestion> suggest(UUID organizationId, String itemText, List<TriageLabel> labels) {
		if (itemText == null || itemText.isBlank() || labels.contains(TriageLabel.CRISIS)
				|| labels.contains(TriageLabel.SPAM)) {
			return List.of();
		}
		Collector out = new Collector();
		if (labels.contains(TriageLabel.MISINFORMATION)) {
			for (ClaimCorrections.Correction c : this.corrections.find(organizationId, itemText)) {
				out.add(c.correction(), c.sourceName(), c.sourceUrl(), Kind.CLAIM_CORRECTION, c.score());
			}
		}
		if (labels.isEmpty() || labels.stream().anyMatch(ANSWERABLE::contains)) {
			for (OrganizationAnswerSearch.Match m : this.organizationAnswers.search(organizationId, itemText, LIMIT)) {
				if (m.hit().relevant()) {
					out.add(m.answer().details().answer(), m.answer().details().sourceName(),
							m.answer().details().sourceUrl(), Kind.ORGANIZATION_ANSWER, m.hit().coverage());
				}
			}
			for (MedQuadAnswers.Match m : this.medQuad.search(itemText, LIMIT)) {
				if (m.hit().relevant()) {
					out.add(m.answer().answer(), m.answer().publisher(), m.answer().url(), Kind.MEDQUAD,
							Math.max(m.hit().coverage(), m.hit().focusMatch()));
				}
			}
		}
		return out.suggestions;
	}

	/** Keeps the first three, one per source page. */
	private static final class Collector {

		private final List<ReplySuggestion> suggestions = new ArrayList<>();

		private final Set<String> urls = new HashSet<>();

		void add(String answer, String sourceName, String sourceUrl, Kind kind, double score) {
			if (this.suggestions.size() >= LIMIT || this.urls.contains(sourceUrl)) {
				return;
			}
			ReplyTemplate.wrap(answer, sourceName, sourceUrl).ifPresent((text) -> {
				this.urls.add(sourceUrl);
				this.suggestions.add(new ReplySuggestion(text, sourceName, sourceUrl, kind, score));
			});
		}

	}

}
