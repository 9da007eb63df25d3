package org.carecast.guardrail.internal.triage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.carecast.guardrail.Triage;
import org.carecast.guardrail.TriageDecision;
import org.carecast.guardrail.TriageLabel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class TriageClassifierTests {

	private static final TriageClassifier TRIAGE = new TriageClassifier();

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			CRISIS           | honestly i just want to die, nothing is ever going to change
			CRISIS           | I've started cutting myself again and I can't stop
			CRISIS           | my wife passed out on the bathroom floor and she won't wake up
			CRISIS           | my baby's lips are turning blue and he's barely breathing, coming to your ER now
			CRISIS           | took 25 of my anxiety pills about ten minutes ago
			CRISIS           | i have chest pain right now that spreads to my jaw, been sweating for 20 minutes
			ADVERSE_EVENT    | Since my dose of sertraline went up I've had constant headaches
			ADVERSE_EVENT    | The shingles vaccine gave me a fever and chills for two days
			ADVERSE_EVENT    | had an allergic reaction to the contrast dye at my CT yesterday
			MEDICAL_QUESTION | Is it safe to take ibuprofen while breastfeeding?
			MEDICAL_QUESTION | how long should a cough last after covid before I worry
			APPOINTMENT      | Can I reschedule my follow up visit to next Tuesday?
			APPOINTMENT      | Do you accept Cigna insurance at the Elm Street clinic?
			APPOINTMENT      | How do I request a copy of my medical records?
			COMPLAINT        | The receptionist was incredibly rude and nobody called me back.
			COMPLAINT        | Waited four hours in the ER lobby without an update. Unacceptable.
			PRAISE           | Thank you so much to the NICU nurses, you were amazing to our family!
			PRAISE           | Dr. Reyes is the best doctor I've ever had. Highly recommend.
			SPAM             | Earn money from home with crypto!! DM me for details
			SPAM             | Your account will be disabled. Verify your account at secure-login-help.info
			OTHER            | Go team! Great game last night
			OTHER            | Happy Friday everyone
			""")
	void labelsRealMessages(TriageLabel expected, String text) {
		assertThat(TRIAGE.classify(text, null).labels()).contains(expected);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			this wait time is killing me, three hours and counting
			I'd die for the nurses on your cardiac floor
			I had chest pain last year and your team found a blocked artery
			My grandfather took his own life in 1998 and I still think about him
			What are the warning signs of a stroke?
			I used to self harm in high school, six years clean now
			that song about wanting to die has been on repeat lol
			I nearly died of embarrassment when I fainted at my blood draw years ago
			If I have to listen to your hold music one more time I'll kill myself
			I don't want to die from something preventable, so I got my screening
			""")
	void alarmingWordsThatAreNotACrisisAreNotFlagged(String text) {
		assertThat(TRIAGE.classify(text, null).labels()).doesNotContain(TriageLabel.CRISIS);
	}

	@Test
	void givesEveryLabelThatApplies() {
		Triage triage = TRIAGE.classify(
				"started amoxicillin 4 days ago and now I have hives all over my arms. should I stop taking it?", null);
		assertThat(triage.labels()).contains(TriageLabel.ADVERSE_EVENT, TriageLabel.MEDICAL_QUESTION);
		Triage both = TRIAGE.classify("Been on hold for an hour trying to reschedule my MRI. Ridiculous.", null);
		assertThat(both.labels()).contains(TriageLabel.APPOINTMENT, TriageLabel.COMPLAINT);
	}

	@Test
	void mostUrgentLabelComesFirst() {
		Triage triage = TRIAGE.classify("my throat is closing after the flu shot, what do I do??", null);
		assertThat(triage.top()).isEqualTo(TriageLabel.CRISIS);
		assertThat(triage.labels()).contains(TriageLabel.ADVERSE_EVENT);
	}

	@Test
	void mythsTakeTheMisinformationCheckVerdictAndAreNotQuestions() {
		Triage triage = TRIAGE.classify("The HPV shot made my cousin infertile. Why is nobody talking about this?",
				"Repeats a known health myth (vaccines).");
		assertThat(triage.labels()).contains(TriageLabel.MISINFORMATION)
			.doesNotContain(TriageLabel.MEDICAL_QUESTION, TriageLabel.ADVERSE_EVENT);
		assertThat(TRIAGE.classify("The HPV shot is safe.", null).labels()).doesNotContain(TriageLabel.MISINFORMATION);
	}

	@Test
	void politeThanksAfterAQuestionIsNotPraise() {
		assertThat(TRIAGE.classify("Can I take Tylenol with my blood pressure medication? Thanks", null).labels())
			.doesNotContain(TriageLabel.PRAISE);
	}

	@Test
	void everyLabelIsExplainedWithoutQuotingTheMessage() {
		String text = "Marguerite Castellano here: since starting metformin I get dizzy every morning. Is it normal??";
		Triage triage = TRIAGE.classify(text, null);
		assertThat(triage.decisions()).isNotEmpty();
		for (TriageDecision decision : triage.decisions()) {
			assertThat(decision.reason()).isNotBlank().hasSizeLessThan(120).doesNotContain("Castellano", "metformin");
			assertThat(decision.score()).isBetween(0.0, 1.0);
		}
	}

	@Test
	void otherOnlyWhenNothingElseApplies() {
		Triage triage = TRIAGE.classify("Lovely sunrise over the river this morning", null);
		assertThat(triage.labels()).containsExactly(TriageLabel.OTHER);
		assertThat(triage.decisions().get(0).reason()).isNotBlank();
		assertThat(TRIAGE.classify("Is it safe to take melatonin every night?", null).labels())
			.doesNotContain(TriageLabel.OTHER);
	}

	@Test
	void hostileInputsAreLabelledQuickly() {
		StringBuilder huge = new StringBuilder();
		while (huge.length() < (1 << 20)) {
			huge.append("((((aaaa!!?? 😂\u202E\u0000 suicid want to want to ~~~ ");
		}
		List<String> inputs = List.of("", " ", "\u0000\u0001\u0007\u001b[31m", "😀😀😀🫠❤️‍🔥",
				"\u202Eأريد أن أموت\u202C", "שלום", "\uD83D", huge.toString(), "?".repeat(100_000),
				"a".repeat(500_000));
		assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
			for (String input : inputs) {
				assertThat(TRIAGE.classify(input, null).decisions()).isNotEmpty();
			}
			assertThat(TRIAGE.classify(null, null).labels()).containsExactly(TriageLabel.OTHER);
		});
	}

	@Test
	void randomTextNeverBreaksIt() {
		Random random = new Random(6);
		for (int i = 0; i < 2_000; i++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(200);
			for (int j = 0; j < length; j++) {
				text.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x1FAFF) : 32 + random.nextInt(95));
			}
			assertThat(TRIAGE.classify(text.toString(), null).decisions()).isNotEmpty();
		}
	}

	@Test
	void givesTheSameAnswersFromManyThreads() throws Exception {
		List<String> texts = List.of("i want to end my life", "Can I reschedule my visit?", "worst clinic ever",
				"thank you so much nurses!", "my arm swelled up since the booster, is that normal?");
		List<List<TriageLabel>> expected = texts.stream().map((t) -> TRIAGE.classify(t, null).labels()).toList();
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Boolean>> results = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				int index = i % texts.size();
				results.add(pool
					.submit(() -> TRIAGE.classify(texts.get(index), null).labels().equals(expected.get(index))));
			}
			for (Future<Boolean> result : results) {
				assertThat(result.get()).isTrue();
			}
		}
		finally {
			pool.shutdown();
		}
	}

}
