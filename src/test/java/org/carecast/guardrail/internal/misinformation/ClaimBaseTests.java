package org.carecast.guardrail.internal.misinformation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class ClaimBaseTests {

	private static final List<String> TOPICS = List.of("vaccines", "covid-19", "cancer", "antibiotics", "fluoride",
			"hiv", "diabetes", "diet", "detox", "supplements", "mental-health", "reproductive-health", "heat-cold",
			"screening", "alternative");

	private final ClaimBase base = ClaimBase.load();

	@Test
	void holdsAtLeast150ClaimsCoveringEveryTopic() {
		assertThat(this.base.claims()).hasSizeGreaterThanOrEqualTo(150);
		Set<String> topics = new HashSet<>();
		this.base.claims().forEach((claim) -> topics.add(claim.topic()));
		assertThat(topics).containsAll(TOPICS);
	}

	@Test
	void everyClaimIsCompleteAndSourced() {
		Set<String> ids = new HashSet<>();
		for (Claim claim : this.base.claims()) {
			assertThat(ids.add(claim.id())).as("unique id %s", claim.id()).isTrue();
			assertThat(claim.id()).matches("[a-z0-9]+(-[a-z0-9]+)*");
			assertThat(claim.myth()).as(claim.id()).isNotBlank().endsWith(".");
			assertThat(claim.paraphrases()).as(claim.id()).hasSizeGreaterThanOrEqualTo(2).allMatch((p) -> !p.isBlank());
			assertThat(claim.correction()).as(claim.id()).isNotBlank().hasSizeLessThanOrEqualTo(280);
			assertThat(claim.sourceName()).as(claim.id()).isNotBlank();
			assertThat(claim.sourceUrl()).as(claim.id()).startsWith("https://").doesNotContain(" ");
			assertThat(claim.topic()).as(claim.id()).isNotBlank();
			assertThat(LocalDate.parse(claim.lastReviewed())).isBeforeOrEqualTo(LocalDate.now().plusDays(1));
			assertThat(claim.keys()).as(claim.id()).isNotEmpty();
		}
	}

	@Test
	void everyKeyPatternCompiles() {
		for (Claim claim : this.base.claims()) {
			for (String key : claim.keys()) {
				assertThatCode(() -> KeyPattern.compile(key)).as(claim.id()).doesNotThrowAnyException();
			}
		}
	}

	@Test
	void everyMythIsFoundByItsOwnClaim() {
		// The myth sentence, stated plainly, must be caught; otherwise the keys are
		// wrong.
		MisinformationCheck check = new MisinformationCheck(this.base);
		List<String> missed = this.base.claims()
			.stream()
			.filter((claim) -> !MisinformationCheckTests.rules(check, claim.myth(), true).contains(claim.id()))
			.map(Claim::id)
			.toList();
		assertThat(missed).isEmpty();
	}

}
