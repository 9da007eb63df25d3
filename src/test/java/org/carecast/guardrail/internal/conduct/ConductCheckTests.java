package org.carecast.guardrail.internal.conduct;

import java.util.List;
import java.util.Set;

import org.carecast.guardrail.Analysis;
import org.carecast.guardrail.Direction;
import org.carecast.guardrail.Finding;
import org.carecast.guardrail.Network;
import org.carecast.guardrail.Policy;
import org.carecast.guardrail.ScanContext;
import org.carecast.guardrail.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ConductCheckTests {

	private final ConductCheck check = new ConductCheck();

	private List<Finding> scan(String text, ScanContext context) {
		return this.check.inspect(Analysis.of(text), context);
	}

	private List<String> rules(String text, Direction direction) {
		return scan(text, ScanContext.of(direction, Network.FACEBOOK)).stream().map(Finding::rule).toList();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			@jo_b for that headache just take 800 mg of ibuprofen every 6 hours     | conduct.dosing
			Try 10 mg of melatonin tonight and you'll sleep fine                    | conduct.dosing
			You should stop taking your blood pressure meds if you feel dizzy       | conduct.medication-change
			Sounds like you have strep, honestly                                     | conduct.diagnosis
			That's probably just a sinus infection, nothing to worry about          | conduct.diagnosis
			Our new laser therapy is 100% safe and painless!                         | conduct.guarantee
			This miracle cream cures eczema                                           | conduct.guarantee
			Results guaranteed or your money back                                     | conduct.guarantee
			Ask us about off-label semaglutide for quick weight loss                 | conduct.off-label
			Comment below with your diagnosis and date of birth so we can help!       | conduct.health-details-request
			So sorry about your stay last week, Maria                                 | conduct.patient-confirmation
			We reviewed your chart and everything looks normal                        | conduct.patient-confirmation
			Glad your surgery went well, see you at follow-up!                        | conduct.patient-confirmation
			Our records show you missed two appointments                              | conduct.patient-confirmation
			Patient spotlight: Dana beat breast cancer with our team                  | conduct.testimonial
			You're an idiot if you believe that                                       | conduct.profanity
			what a f*ck up                                                            | conduct.profanity
			stop being an id10t                                                       | conduct.profanity
			this is bulls**t                                                          | conduct.profanity
			""")
	void rulesFireOnOutboundText(String text, String rule) {
		assertThat(rules(text, Direction.OUTBOUND_REPLY)).contains(rule);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Adults: don't take more than 3,000 mg of acetaminophen a day unless a doctor says so.",
			"Shingrix is a 2-dose series, given 2-6 months apart.",
			"There's no miracle cure for a cold: rest, fluids and time.",
			"No vaccine is 100% effective, but the flu shot lowers your risk.",
			"We're sorry to hear about your experience. Please call us at 555-014-2200 so we can help.",
			"Please DM us your date of birth and we'll look into it privately.",
			"Glad you enjoyed the health fair! See you next year.",
			"Thanks for reaching out! Please call our nurse line to talk about your symptoms.",
			"Scunthorpe clinic opens Monday", "Happy Assessment Day to our shitake-loving dietitians... no, shiitake.",
			"Know the signs of a stroke: face drooping, arm weakness, speech trouble. Call 911." })
	void nearMissesAreClean(String text) {
		assertThat(rules(text, Direction.OUTBOUND_REPLY)).isEmpty();
	}

	@Test
	void testimonialWithConsentOnRecordIsClean() {
		String text = "Patient story: after his surgery Marcus was back on his bike in 6 weeks.";
		ScanContext context = ScanContext.of(Direction.OUTBOUND_POST, Network.FACEBOOK);
		assertThat(scan(text, context)).extracting(Finding::rule).contains("conduct.testimonial");
		assertThat(scan(text, context.withConsentReference("consent-2026-0142"))).extracting(Finding::rule)
			.doesNotContain("conduct.testimonial");
	}

	@Test
	void inboundIsCheckedForInsultsOnlyAndReviewed() {
		assertThat(rules("sounds like you have no idea, take 800 mg of advil lol", Direction.INBOUND)).isEmpty();
		List<Finding> insults = scan("you people are useless, f*cking m0rons",
				ScanContext.of(Direction.INBOUND, Network.X));
		assertThat(insults).extracting(Finding::severity).containsOnly(Severity.REVIEW);
		assertThat(insults).hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void everyFindingSuggestsARewrite() {
		for (Finding finding : scan("We reviewed your chart. Sounds like you have the flu, take 400 mg of ibuprofen.",
				ScanContext.of(Direction.OUTBOUND_REPLY, Network.X))) {
			assertThat(finding.suggestion()).isNotBlank();
			assertThat(finding.check()).isEqualTo("conduct");
		}
	}

	@Test
	void theOlderScanContextConstructorStillWorksWithoutConsent() {
		ScanContext context = new ScanContext(Direction.OUTBOUND_POST, Network.X, Policy.defaults(), Set.of(),
				List.of());
		assertThat(context.consentReference()).isNull();
		assertThat(context.hasConsent()).isFalse();
		assertThat(context.withConsentReference("form-17").withPolicy(Policy.defaults()).hasConsent()).isTrue();
	}

}
