package org.carecast.inbox.adverse;

import java.util.List;
import java.util.Set;

import org.carecast.inbox.adverse.AdverseEventExtractor.Prefill;
import org.carecast.inbox.adverse.ReportFields.Outcome;
import org.carecast.inbox.adverse.ReportFields.ReporterType;
import org.carecast.inbox.adverse.ReportFields.Seriousness;
import org.carecast.inbox.adverse.ReportFields.YesNoUnknown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The extractor on messages written the way people write them (our own examples), with
 * near misses (a lot of pain is no lot number, "didn't go to the ER" is no
 * hospitalization) and hostile input. {@link #fillRates()} measures how often each field
 * is filled on twenty examples; the README quotes the figures.
 */
class AdverseEventExtractorTests {

	final AdverseEventExtractor extractor = new AdverseEventExtractor();

	/** Twenty messages that report a reaction, as they might arrive in the inbox. */
	static final List<String> EXAMPLES = List.of(
			"Got my second Moderna shot on Friday and two days after my second dose my arm swelled up and I had chest "
					+ "pain. Went to the ER, they said myocarditis. Still have chest pain. Lot 041L20A",
			"My son (4) broke out in hives all over 20 minutes after his first dose of amoxicillin. Gave him Benadryl "
					+ "and he is fine now.",
			"Started Ozempic last month and I've been throwing up every day since then. Not getting better.",
			"I'm a nurse - my patient had a seizure within an hour of the flu shot this morning. Batch no. FL2291",
			"After the shingles vaccine I couldn't breathe and my throat was closing, they used an epipen on me. "
					+ "Recovered now but scary.",
			"my mom was hospitalized with a bleed 3 days after starting Eliquis, she is recovering",
			"Took ibuprofen for a headache and got a rash on my face since yesterday",
			"My dad passed away two weeks after his covid booster. Nobody will tell us anything.",
			"lisinopril gave me this dry cough that won't go away, been 2 months",
			"had the Gardasil shot on 10/14 and fainted in the office, ok now",
			"My daughter is still swollen at the injection site from the MMR, is that normal? You can contact me.",
			"Been on Lipitor a year, muscle pain in my legs so bad I can't walk some days",
			"Zoloft made me feel so dizzy, started a week ago. Please don't contact me, just wanted to share.",
			"The Pfizer vaccine lot FF2588 gave my husband Bell's palsy, his face drooped the next day",
			"I took Tylenol PM and woke up with my lips swollen, went to the emergency room, they admitted me overnight",
			"Metformin upset my stomach for a few weeks, it's gone now",
			"after my first Wegovy injection I had awful nausea and vomiting for 3 days",
			"My baby got the rotavirus vaccine yesterday and has had diarrhea since then",
			"Allergic reaction to penicillin - hives and swelling. Anaphylaxis. They resuscitated him in the ambulance.",
			"Prednisone is making me so anxious and I can't sleep, 5 days into the course");

	@Test
	void aVaccineReactionWithEveryCue() {
		Prefill prefill = this.extractor.extract(EXAMPLES.get(0));
		ReportFields f = prefill.fields();

		assertThat(f.productName()).isEqualTo("Moderna shot (mrna covid-19 vaccine moderna)");
		assertThat(f.lotNumber()).isEqualTo("041L20A");
		assertThat(f.onset()).isEqualTo("two days after my second dose");
		assertThat(f.seriousness()).containsExactlyInAnyOrder(Seriousness.HOSPITALIZATION,
				Seriousness.OTHER_MEDICALLY_IMPORTANT);
		assertThat(f.outcome()).isEqualTo(Outcome.NOT_RECOVERED);
		assertThat(f.reporterType()).isEqualTo(ReporterType.PATIENT);
		assertThat(f.patientIdentifiable()).isEqualTo(YesNoUnknown.YES);
		assertThat(f.eventDescription()).isEqualTo(EXAMPLES.get(0));
		assertThat(prefill.notes())
			.anySatisfy((n) -> assertThat(n).startsWith("Lot number: follows the word \u201cLot\u201d"))
			.anySatisfy(
					(n) -> assertThat(n).contains("the cue \u201cER\u201d").contains("confirm the person was admitted"))
			.anySatisfy((n) -> assertThat(n).startsWith("Product: \u201cModerna shot\u201d"))
			.anySatisfy((n) -> assertThat(n).startsWith("Outcome: the cue \u201cStill have\u201d"));
	}

	@Test
	void aCaregiverAClinicianAndTheirCues() {
		ReportFields child = this.extractor.extract(EXAMPLES.get(1)).fields();
		assertThat(child.reporterType()).isEqualTo(ReporterType.CAREGIVER);
		assertThat(child.productName()).isEqualTo("amoxicillin");
		assertThat(child.onset()).isEqualTo("20 minutes after his first dose");
		assertThat(child.outcome()).isEqualTo(Outcome.RECOVERED);
		assertThat(child.patientIdentifiable()).isEqualTo(YesNoUnknown.UNKNOWN);

		ReportFields nurse = this.extractor.extract(EXAMPLES.get(3)).fields();
		assertThat(nurse.reporterType()).isEqualTo(ReporterType.CLINICIAN);
		assertThat(nurse.lotNumber()).isEqualTo("FL2291");
		assertThat(nurse.seriousness()).containsExactly(Seriousness.OTHER_MEDICALLY_IMPORTANT);
		assertThat(nurse.productName()).isEqualTo("flu shot (influenza vaccine)");
	}

	@Test
	void deathIsFatalAndLifeThreateningCuesAreFound() {
		ReportFields death = this.extractor.extract(EXAMPLES.get(7)).fields();
		assertThat(death.seriousness()).contains(Seriousness.DEATH);
		assertThat(death.outcome()).isEqualTo(Outcome.FATAL);
		assertThat(death.onset()).isEqualTo("two weeks after his covid booster");

		ReportFields anaphylaxis = this.extractor.extract(EXAMPLES.get(4)).fields();
		assertThat(anaphylaxis.seriousness()).contains(Seriousness.LIFE_THREATENING);
		assertThat(anaphylaxis.productName()).isEqualTo("shingles vaccine (recombinant zoster vaccine)");
	}

	@Test
	void contactPermissionBothWays() {
		assertThat(this.extractor.extract(EXAMPLES.get(10)).fields().contactPermission()).isEqualTo(YesNoUnknown.YES);
		assertThat(this.extractor.extract(EXAMPLES.get(12)).fields().contactPermission()).isEqualTo(YesNoUnknown.NO);
		assertThat(this.extractor.extract(EXAMPLES.get(2)).fields().contactPermission())
			.isEqualTo(YesNoUnknown.UNKNOWN);
	}

	@Test
	void nearMissesFillNothing() {
		ReportFields f = this.extractor
			.extract("We didn't need to go to the ER, thank god. A lot of pain though, batch of cookies helped.")
			.fields();
		assertThat(f.seriousness()).isEmpty();
		assertThat(f.lotNumber()).isEmpty();
		assertThat(f.productName()).isEmpty();
		// "er" in a word and "icu" lower-case are not the emergency room or intensive
		// care.
		assertThat(this.extractor.extract("her sister's picture of a biscuit").fields().seriousness()).isEmpty();
		// A brand inside a longer word is not the product.
		assertThat(this.extractor.extract("Advillage fair this weekend").fields().productName()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\u0000\u0001\uFFFF", "\uD83D\uDE00\uD83D\uDE00 \u0645\u0631\u0636",
			"'; drop table adverse_event_report; --", "<script>alert('lot 12345')</script>" })
	void hostileInputNeverBreaksIt(String text) {
		Prefill prefill = this.extractor.extract(text);
		assertThat(prefill.fields().eventDescription()).isEqualTo(text.strip());
		assertThat(prefill.toString()).doesNotContain("drop").doesNotContain("script");
		assertThat(prefill.fields().toString()).doesNotContain("drop").doesNotContain("script");
	}

	@Test
	void hugeInputIsCutAndScannedInLinearTime() {
		String huge = "after my second dose I could not ".repeat(20_000) + " lot 12345";
		long started = System.nanoTime();
		Prefill prefill = this.extractor.extract(huge);
		long millis = (System.nanoTime() - started) / 1_000_000;
		assertThat(prefill.fields().eventDescription()).hasSize(ReportFields.DESCRIPTION_MAX);
		assertThat(prefill.fields().lotNumber()).isEmpty();
		assertThat(millis).isLessThan(2_000);
		assertThat(this.extractor.extract(null).fields().eventDescription()).isEmpty();
	}

	@Test
	void fillRates() {
		int product = 0, lot = 0, onset = 0, serious = 0, outcome = 0, reporter = 0;
		for (String example : EXAMPLES) {
			ReportFields f = this.extractor.extract(example).fields();
			product += f.productName().isEmpty() ? 0 : 1;
			lot += f.lotNumber().isEmpty() ? 0 : 1;
			onset += f.onset().isEmpty() ? 0 : 1;
			serious += f.seriousness().isEmpty() ? 0 : 1;
			outcome += (f.outcome() == Outcome.UNKNOWN) ? 0 : 1;
			reporter += (f.reporterType() == null) ? 0 : 1;
		}
		System.out.printf(
				"adverse-event extractor fill rates on %d examples: product %d, lot %d, onset %d, seriousness %d, "
						+ "outcome %d, reporter %d%n",
				EXAMPLES.size(), product, lot, onset, serious, outcome, reporter);
		// Measured: product 20, lot 3 (all three that carry one), onset 12, seriousness
		// 9,
		// outcome 10, reporter 18 (two messages say neither "I" nor whose reaction it
		// was).
		assertThat(product).isEqualTo(EXAMPLES.size());
		assertThat(lot).isEqualTo(3);
		assertThat(onset).isGreaterThanOrEqualTo(12);
		assertThat(serious).isGreaterThanOrEqualTo(9);
		assertThat(reporter).isGreaterThanOrEqualTo(18);
		assertThat(outcome).isGreaterThanOrEqualTo(10);
	}

	@Test
	void theLexiconHasAFewHundredProducts() {
		assertThat(ProductLexicon.load().size()).isGreaterThan(600);
		assertThat(Set.of(Seriousness.values())).hasSize(7);
	}

}
