package org.carecast.inbox;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.carecast.accounts.Role;
import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.guardrail.TriageLabel;
import org.carecast.inbox.ReplySuggestion.Kind;
import org.carecast.inbox.answers.AnswerDetails;
import org.carecast.inbox.answers.AnswerLibrary;
import org.carecast.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reply suggestions for inbound items: the organization's approved answer first, then the
 * MedQuAD seed; the guardrail's correction for a myth; nothing for a crisis, for spam or
 * for small talk; and every reply general information with its source, within 500
 * characters.
 */
@SpringBootTest
@Import(TestOrganizations.class)
class ReplySuggestionsIntegrationTests {

	static final List<TriageLabel> QUESTION = List.of(TriageLabel.MEDICAL_QUESTION);

	@Autowired
	ReplySuggestions suggestions;

	@Autowired
	AnswerLibrary library;

	@Autowired
	TestOrganizations fixtures;

	@Autowired
	SpringTemplateEngine templates;

	TestOrganization org;

	@BeforeEach
	void organization() {
		this.org = this.fixtures.create();
	}

	@Test
	void aConsumerQuestionGetsMedQuadAnswersWithTheirSourceAndTheClinicianPointer() {
		List<ReplySuggestion> found = this.suggestions.suggest(this.org.id(),
				"my dad just got told he has shingles, can the grandkids catch it from him?", QUESTION);

		assertThat(found).isNotEmpty().hasSizeLessThanOrEqualTo(3);
		assertThat(found).allSatisfy((s) -> {
			assertThat(s.kind()).isEqualTo(Kind.MEDQUAD);
			assertThat(s.text()).hasSizeLessThanOrEqualTo(500)
				.contains(s.sourceUrl())
				.contains("talk with your clinician")
				.containsIgnoringCase("shingles");
			assertThat(s.sourceUrl()).startsWith("http");
			assertThat(s.score()).isBetween(0.0, 1.0);
		});
		assertThat(found).extracting(ReplySuggestion::sourceUrl).doesNotHaveDuplicates();
	}

	@Test
	void theOrganizationsApprovedAnswerComesFirstAndADraftIsNeverSuggested() {
		Actor reviewer = this.org.person(Role.REVIEWER).actor();
		UUID id = this.library.add(reviewer, new AnswerDetails("Can grandchildren catch shingles from a grandparent?",
				"Shingles itself does not spread, but the virus can give chickenpox to someone who never had it "
						+ "or its vaccine. Keep the rash covered until it crusts over.",
				"Millbrook Clinic", "https://millbrook.example.org/shingles", LocalDate.now().plusMonths(6)));
		String item = "my dad just got told he has shingles, can the grandkids catch it from him?";

		assertThat(this.suggestions.suggest(this.org.id(), item, QUESTION)).extracting(ReplySuggestion::kind)
			.doesNotContain(Kind.ORGANIZATION_ANSWER);

		this.library.approve(reviewer, id, 0);
		List<ReplySuggestion> found = this.suggestions.suggest(this.org.id(), item, QUESTION);
		assertThat(found.get(0).kind()).isEqualTo(Kind.ORGANIZATION_ANSWER);
		assertThat(found.get(0).sourceUrl()).isEqualTo("https://millbrook.example.org/shingles");
		assertThat(found.get(0).text()).startsWith("Shingles itself does not spread");
		// Another organization never sees it.
		assertThat(this.suggestions.suggest(this.fixtures.create().id(), item, QUESTION))
			.extracting(ReplySuggestion::kind)
			.doesNotContain(Kind.ORGANIZATION_ANSWER);

		this.library.retire(reviewer, id, 1);
		assertThat(this.suggestions.suggest(this.org.id(), item, QUESTION)).extracting(ReplySuggestion::kind)
			.doesNotContain(Kind.ORGANIZATION_ANSWER);
	}

	@Test
	void aMythGetsTheGuardrailsCorrectionFirst() {
		List<ReplySuggestion> found = this.suggestions.suggest(this.org.id(),
				"Not getting my kids the MMR. Vaccines cause autism, everyone knows it.",
				List.of(TriageLabel.MISINFORMATION));

		assertThat(found).isNotEmpty();
		ReplySuggestion correction = found.get(0);
		assertThat(correction.kind()).isEqualTo(Kind.CLAIM_CORRECTION);
		assertThat(correction.text()).contains("no link between vaccines").contains(correction.sourceUrl());
		assertThat(correction.sourceUrl()).isEqualTo("https://www.cdc.gov/vaccine-safety/about/autism.html");
		assertThat(correction.text()).hasSizeLessThanOrEqualTo(500);
	}

	@Test
	void theFragmentOffersEachReplyWithItsSourceAndAUseButton() {
		List<ReplySuggestion> found = this.suggestions.suggest(this.org.id(), "what causes gout", QUESTION);
		Context context = new Context();
		context.setVariable("suggestions", found);
		String html = this.templates.process("inbox/suggestions", Set.of("panel(suggestions)"), context);

		assertThat(html).contains("Suggested replies")
			.contains("data-reply-target=\"reply-text\"")
			.contains("data-reply-source=\"suggestion-0\"")
			.contains("id=\"suggestion-0\"")
			.contains(found.get(0).sourceUrl())
			.doesNotContain("<script");
		context.setVariable("suggestions", List.of());
		assertThat(this.templates.process("inbox/suggestions", Set.of("panel(suggestions)"), context))
			.contains("No suggested reply for this item.");
	}

	@Test
	void crisisSpamAndSmallTalkGetNoSuggestion() {
		assertThat(this.suggestions.suggest(this.org.id(), "I can't go on, what's the max dose of my sleeping pills",
				List.of(TriageLabel.CRISIS, TriageLabel.MEDICAL_QUESTION)))
			.isEmpty();
		assertThat(this.suggestions.suggest(this.org.id(), "Cheap diabetes pills!!! click here",
				List.of(TriageLabel.SPAM)))
			.isEmpty();
		assertThat(
				this.suggestions.suggest(this.org.id(), "Thank you so much, lovely post!", List.of(TriageLabel.OTHER)))
			.isEmpty();
		assertThat(this.suggestions.suggest(this.org.id(), "", QUESTION)).isEmpty();
		assertThat(this.suggestions.suggest(this.org.id(), "   ", List.of())).isEmpty();
	}

	@Test
	void hostileTextsNeverBreakSuggestions() {
		for (String text : List.of("a".repeat(200_000), "\u0000\uFFFF\uD83D\uDE00 diabetes",
				"<script>alert(1)</script> asthma?", "'; drop table inbox_answer; -- gout", "diabetes ".repeat(5_000),
				"\u0645\u0631\u0636 \u0627\u0644\u0633\u0643\u0631\u064a")) {
			assertThat(this.suggestions.suggest(this.org.id(), text, QUESTION))
				.allSatisfy((s) -> assertThat(s.text()).hasSizeLessThanOrEqualTo(500));
		}
	}

	@Test
	void noSuggestedReplyStatesADose() {
		for (String question : List.of("how much ibuprofen can I take for arthritis pain",
				"what is the treatment for high blood pressure", "how is epilepsy treated",
				"what medicine treats hypothyroidism")) {
			assertThat(this.suggestions.suggest(this.org.id(), question, QUESTION))
				.allSatisfy((s) -> assertThat(s.text()).doesNotContainPattern("(?i)\\d+\\s?(mg|mcg|milligram)"));
		}
	}

}
