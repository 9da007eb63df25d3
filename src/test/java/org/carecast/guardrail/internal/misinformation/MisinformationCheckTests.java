package org.carecast.guardrail.internal.misinformation;

import java.util.List;

import org.carecast.guardrail.Analysis;
import org.carecast.guardrail.Direction;
import org.carecast.guardrail.Finding;
import org.carecast.guardrail.Network;
import org.carecast.guardrail.ScanContext;
import org.carecast.guardrail.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class MisinformationCheckTests {

	private static final MisinformationCheck CHECK = new MisinformationCheck();

	static List<String> rules(MisinformationCheck check, String text, boolean outbound) {
		ScanContext context = ScanContext.of(outbound ? Direction.OUTBOUND_POST : Direction.INBOUND, Network.MASTODON);
		return check.inspect(Analysis.of(text), context).stream().map(Finding::rule).toList();
	}

	private static List<Finding> findings(String text, Direction direction) {
		return CHECK.inspect(Analysis.of(text), ScanContext.of(direction, Network.MASTODON));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Vaccines cause autism, wake up people.                                    | vax-autism
			My neighbour's boy changed overnight after his MMR jab. Autism, right after. | vax-autism
			Antibiotics at the first sign of a cold will help you recover faster!        | abx-viral
			The flu shot gave me the flu, never again                                  | vax-flu-gives-flu
			Fluoride in tap water lowers your kids' IQ                                 | fluoride-iq
			Drinking lemon water every morning cures diabetes naturally               | diab-cure-natural
			El té de jengibre cura la gripe en un día                                  | alt-ginger-flu
			Ear infections? Our gentle adjustments cure them, no antibiotics needed.  | abx-ear-infection
			Chemo kills more people than cancer ever did.                              | cancer-chemo-kills
			5G masts are making everyone in town sick.                                 | covid-5g
			Our Immunity Drip with vitamin C and zinc prevents colds all winter.      | virus-vitc-cold
			HIV can spread through kissing or sharing a cup.                           | hiv-casual
			Detox foot baths pull the heavy metals right out of your body.             | detox-foot-bath
			Don't vaccinate your babies, those shots are full of aluminum!             | vax-toxins
			Honestly the covid jab changes your DNA forever, I'm not taking it         | vax-dna
			the flu shot gave me the flu last year so never again                      | vax-flu-gives-flu
			mRNA shots rewrite your DNA and they don't want you to know                | vax-dna
			I give all my patients vitamin C infusions. It prevents colds for the whole winter. | virus-vitc-cold
			""")
	void assertionsOfAMythAreFound(String text, String rule) {
		assertThat(rules(CHECK, text, true)).contains(rule);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Myth: vaccines cause autism. Fact: dozens of studies show they do not.",
			"Vaccines do not cause autism. Large studies of millions of children found no link.",
			"Is it true that the flu shot can give you the flu?",
			"Does fluoride in the water lower IQ? Asking for my kids.",
			"People are saying 5G spreads covid. Here's the truth: viruses can't travel on radio waves.",
			"You may have heard that chemo kills more people than cancer. That's false.",
			"Antibiotics don't help colds or flu, because those are viruses.", "Colloidal silver is not safe to drink.",
			"There is no evidence that ivermectin treats COVID-19.",
			"My friend says the RSV vaccine is only for babies?? which is it",
			"Proud to be designated a Magnet hospital again!",
			"Flu shots are here! Walk in Saturdays, 9am to 1pm, at our Eastside clinic.",
			"Brush twice a day with a fluoride toothpaste and floss daily.",
			"Antibiotics treat bacterial infections like strep throat; take them exactly as prescribed.",
			"Sunscreen 101: use SPF 30+ and reapply every 2 hours.",
			"Sunscreen isn't just for summer! Use SPF 30+ every day to lower your skin cancer risk.",
			"Thinking about a detox or cleanse? Your liver and kidneys already do that job.",
			"Cell phone use and cancer: what the research says.",
			"Teething? Skip amber necklaces (choking risk) and try a chilled teething ring instead.",
			"Many people with type 2 diabetes don't need insulin.", "Try our apricot chicken recipe tonight!",
			"Hair shedding after a high fever is common and usually temporary.",
			"Ivermectin treats some parasites in people. It is not approved to treat COVID-19.",
			// Someone else's words, passed on to ask or push back.
			"My brother-in-law keeps telling everyone the measles shot causes autism. How do I answer him?",
			"saw a tiktok saying the covid vaccine rewrites your DNA, can that be right",
			"We keep hearing that antibiotics clear up colds faster. They don't.",
			"Some parents worry that the HPV vaccine causes infertility. Large studies have found no such effect.",
			"Pharmacists are often asked whether fluoride lowers IQ at the levels in tap water.",
			"is it true vitamin c cures a cold or is that just something grandma says",
			"\"Chemo kills more people than cancer.\" We hear this a lot, so let's talk about it.",
			// Prevention is the opposite of a claim of harm.
			"HPV vaccination protects against six kinds of cancer caused by the virus.",
			// Two full sentences do not make one claim.
			"Keep aluminum foil away from the oven floor. Book your booster at the front desk." })
	void debunkingAskingReportingAndCleanPostsAreNotFlagged(String text) {
		assertThat(rules(CHECK, text, true)).isEmpty();
		assertThat(rules(CHECK, text, false)).isEmpty();
	}

	@Test
	void outboundIsBlockedAndInboundIsReviewed() {
		String text = "mRNA vaccines permanently rewrite your DNA.";
		assertThat(findings(text, Direction.OUTBOUND_REPLY)).extracting(Finding::severity).containsOnly(Severity.BLOCK);
		assertThat(findings(text, Direction.INBOUND)).extracting(Finding::severity).containsOnly(Severity.REVIEW);
	}

	@Test
	void findingNamesTheClaimOffersTheCorrectionAndCitesTheSource() {
		String text = "Great news! Ivermectin cures covid in 48 hours.";
		Finding finding = findings(text, Direction.OUTBOUND_POST).get(0);
		assertThat(finding.check()).isEqualTo("misinformation");
		assertThat(finding.rule()).isEqualTo("covid-ivermectin");
		assertThat(finding.suggestion()).contains("ivermectin").hasSizeLessThanOrEqualTo(280);
		assertThat(finding.explanation()).contains("FDA").contains("https://www.fda.gov/");
		assertThat(text.substring(finding.start(), finding.end())).isEqualTo("Ivermectin cures covid in 48 hours");
	}

	@Test
	void everyParaphraseIsFoundAsItsOwnClaim() {
		List<String> missed = new java.util.ArrayList<>();
		for (Claim claim : ClaimBase.load().claims()) {
			for (String paraphrase : claim.paraphrases()) {
				if (!rules(CHECK, paraphrase, true).contains(claim.id())) {
					missed.add(claim.id() + ": " + paraphrase);
				}
			}
		}
		assertThat(missed).isEmpty();
	}

	@Test
	void aMythInOtherWordsIsFoundByMeaning() {
		// No key and too little word overlap with any statement: only the sentence
		// embedding links it to the claim.
		Finding finding = findings("Giving teenagers the HPV shot just pushes them into having sex sooner.",
				Direction.INBOUND)
			.get(0);
		assertThat(finding.rule()).isEqualTo("vax-hpv-promiscuity");
		assertThat(finding.explanation()).contains("means the same as the myth");
		assertThat(finding.severity()).isEqualTo(Severity.REVIEW);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Teenagers who get the HPV shot are not more likely to start having sex sooner.",
			"Does the HPV shot push teenagers into having sex sooner?",
			"The HPV shot is given at 11 or 12, years before most teenagers start having sex." })
	void meaningLevelMatchesKeepTheirStance(String text) {
		assertThat(rules(CHECK, text, true)).isEmpty();
	}

	@Test
	void emptyAndOddTextFindNothing() {
		assertThat(rules(CHECK, "", true)).isEmpty();
		assertThat(rules(CHECK, "?!... \n\n #### @@@", true)).isEmpty();
		assertThat(rules(CHECK, "🦷🦷🦷", false)).isEmpty();
	}

}
