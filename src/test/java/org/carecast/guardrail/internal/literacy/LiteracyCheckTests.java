package org.carecast.guardrail.internal.literacy;

import java.util.ArrayList;
import java.util.List;

import org.carecast.guardrail.Analysis;
import org.carecast.guardrail.Direction;
import org.carecast.guardrail.Finding;
import org.carecast.guardrail.Network;
import org.carecast.guardrail.Policy;
import org.carecast.guardrail.ScanContext;
import org.carecast.guardrail.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LiteracyCheckTests {

	/**
	 * Dictionary syllable counts, including every word of Wikipedia's Flesch worked
	 * example ("The Australian platypus is seemingly a hybrid of a mammal and reptilian
	 * creature.", 26 syllables).
	 */
	private static final String DICTIONARY = "the1 cat1 sat1 on1 mat1 australian4 platypus3 is1 seemingly3 a1 hybrid2 of1 "
			+ "mammal2 and1 reptilian4 creature2 table2 syllable3 readability5 water2 hospital3 medicine3 vaccine2 "
			+ "appointment3 children2 doctor2 patient2 pressure2 blood1 every3 beautiful3 created3 hoped1 wanted2 "
			+ "make1 people2 simple2 health1 heart1 fever2 shingles2 diabetes4 infection3 emergency4 pharmacy3 "
			+ "symptoms2 measles2 tuesday2 family3 little2";

	private final LiteracyCheck check = new LiteracyCheck();

	@Test
	void syllableCounterAgreesWithTheDictionaryForNineWordsInTen() {
		List<String> misses = new ArrayList<>();
		String[] entries = DICTIONARY.split(" ");
		for (String entry : entries) {
			String word = entry.replaceAll("\\d", "");
			int expected = Integer.parseInt(entry.replaceAll("\\D", ""));
			if (Syllables.count(word) != expected) {
				misses.add(word);
			}
		}
		// Known misses of the vowel-group heuristic: vowels spoken apart (au-stra-li-an,
		// di-a-be-tes, cre-at-ed) and "eau".
		assertThat(misses).containsExactlyInAnyOrder("australian", "reptilian", "beautiful", "created", "diabetes");
		assertThat(1.0 - (double) misses.size() / entries.length).isGreaterThanOrEqualTo(0.9);
	}

	@Test
	void formulasReproducePublishedWorkedExamples() {
		// "The cat sat on the mat.": reading ease 116 (Flesch), grade -1.45.
		Readability cat = Readability.of(Analysis.of("The cat sat on the mat."));
		assertThat(cat).isEqualTo(new Readability(6, 1, 6, 0));
		assertThat(Readability.fleschReadingEase(6, 1, 6)).isCloseTo(116.1, within(0.1));
		assertThat(cat.grade()).isCloseTo(-1.45, within(0.01));
		// Platypus sentence: 13 words, 1 sentence, 26 syllables -> reading ease 24.4.
		assertThat(Readability.fleschReadingEase(13, 1, 26)).isCloseTo(24.4, within(0.05));
		assertThat(Readability.fleschKincaidGrade(13, 1, 26)).isCloseTo(13.08, within(0.01));
		// SMOG (McLaughlin 1969): 30 polysyllables in 30 sentences -> grade 8.8.
		assertThat(Readability.smog(30, 30)).isCloseTo(8.84, within(0.01));
	}

	@Test
	void hardTextGetsGradeAdviceAgainstThePolicyTarget() {
		String text = "Postoperative rehabilitation following cardiovascular intervention necessitates comprehensive "
				+ "multidisciplinary coordination, individualized pharmacotherapy optimization, and continuous "
				+ "physiological monitoring throughout convalescence. Participants demonstrating persistent "
				+ "symptomatology should immediately communicate with their multidisciplinary cardiovascular team.";
		ScanContext context = ScanContext.of(Direction.OUTBOUND_POST, Network.LINKEDIN);
		List<Finding> findings = this.check.inspect(Analysis.of(text), context);
		assertThat(findings).extracting(Finding::type).contains("GRADE", "JARGON");
		assertThat(findings).allSatisfy((finding) -> assertThat(finding.severity()).isEqualTo(Severity.ADVISE));
		Policy lenient = Policy.defaults().withGradeTarget(40);
		assertThat(this.check.inspect(Analysis.of(text), context.withPolicy(lenient))).extracting(Finding::type)
			.doesNotContain("GRADE");
	}

	@Test
	void jargonGetsAPlainAlternativeLongestTermFirst() {
		String text = "Know the signs of cardiac arrest and hypertension.";
		List<Finding> findings = this.check.inspect(Analysis.of(text),
				ScanContext.of(Direction.OUTBOUND_POST, Network.X));
		assertThat(findings).extracting((finding) -> text.substring(finding.start(), finding.end()))
			.containsExactly("cardiac arrest", "hypertension");
		assertThat(findings.get(1).suggestion()).contains("high blood pressure");
	}

	@Test
	void shortOrInboundTextIsLeftAlone() {
		assertThat(
				this.check.inspect(Analysis.of("Flu shots today."), ScanContext.of(Direction.OUTBOUND_POST, Network.X)))
			.isEmpty();
		assertThat(this.check.inspect(Analysis.of("my hypertension is back"),
				ScanContext.of(Direction.INBOUND, Network.X)))
			.isEmpty();
	}

	@Test
	void theJargonListHasAtLeastTwoHundredTerms() throws Exception {
		try (var in = getClass().getClassLoader().getResourceAsStream("guardrail/literacy/jargon.txt")) {
			long terms = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.startsWith("#") && line.contains("|"))
				.count();
			assertThat(terms).isGreaterThanOrEqualTo(200);
		}
	}

}
