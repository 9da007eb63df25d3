package org.carecast.guardrail.internal.accessibility;

import java.util.List;

import org.carecast.guardrail.Analysis;
import org.carecast.guardrail.Direction;
import org.carecast.guardrail.Finding;
import org.carecast.guardrail.Media;
import org.carecast.guardrail.Network;
import org.carecast.guardrail.ScanContext;
import org.carecast.guardrail.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class AccessibilityCheckTests {

	private final AccessibilityCheck check = new AccessibilityCheck();

	static List<Object[]> cases() {
		return List.of(new Object[] { "Stay cool out there #heatsafetytips", List.of("HASHTAG_CASE:#heatsafetytips") },
				new Object[] { "Stay cool out there #HeatSafetyTips #flu", List.of() },
				new Object[] { "We did it \uD83C\uDF89\uD83C\uDF89\uD83C\uDF89\uD83C\uDF89 thank you",
						List.of("EMOJI_RUN:\uD83C\uDF89\uD83C\uDF89\uD83C\uDF89\uD83C\uDF89") },
				new Object[] { "Two is fine \uD83C\uDF89\uD83D\uDC99", List.of() },
				new Object[] { "FREE FLU SHOTS THIS SATURDAY at the clinic",
						List.of("ALL_CAPS:FREE FLU SHOTS THIS SATURDAY") },
				new Object[] { "Our ICU and NICU teams at the ER", List.of() },
				new Object[] { "To book, click here: example.org", List.of("LINK_TEXT:click here") });
	}

	@ParameterizedTest
	@MethodSource("cases")
	void advisesOnScreenReaderProblems(String text, List<String> expected) {
		List<Finding> findings = this.check.inspect(Analysis.of(text),
				ScanContext.of(Direction.OUTBOUND_POST, Network.INSTAGRAM));
		assertThat(findings)
			.extracting((finding) -> finding.type() + ":" + text.substring(finding.start(), finding.end()))
			.isEqualTo(expected);
		assertThat(findings).allSatisfy((finding) -> assertThat(finding.severity()).isEqualTo(Severity.ADVISE));
	}

	@Test
	void imagesWithoutAltTextNeedReview() {
		ScanContext context = ScanContext.of(Direction.OUTBOUND_POST, Network.INSTAGRAM)
			.withMedia(List.of(new Media("image", "A nurse giving a flu shot"), new Media("image", " ")));
		List<Finding> findings = this.check.inspect(Analysis.of("Flu shots today"), context);
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.type()).isEqualTo("ALT_TEXT");
			assertThat(finding.severity()).isEqualTo(Severity.REVIEW);
			assertThat(finding.message()).contains("Attachment 2");
		});
	}

	@Test
	void inboundTextIsNotJudged() {
		assertThat(this.check.inspect(Analysis.of("HELP ME PLEASE NOW"), ScanContext.of(Direction.INBOUND, Network.X)))
			.isEmpty();
	}

}
