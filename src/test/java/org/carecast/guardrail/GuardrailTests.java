package org.carecast.guardrail;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GuardrailTests {

	private final Guardrail guardrail = Guardrail.withDefaults();

	private static final String POST = "Happy 100th birthday to Dorothy Mae Pruitt in room 418!";

	@Test
	void outboundPhiBlocksAndIsRedactedWithTypedPlaceholders() {
		Report report = this.guardrail.scan(Text.of(POST), ScanContext.of(Direction.OUTBOUND_POST, Network.FACEBOOK));
		assertThat(report.verdict()).isEqualTo(Verdict.BLOCK);
		assertThat(report.findings()).allSatisfy((finding) -> {
			assertThat(finding.check()).isEqualTo("phi");
			assertThat(finding.severity()).isEqualTo(Severity.BLOCK);
			assertThat(finding.rule()).startsWith("phi.");
			assertThat(finding.message()).isNotBlank();
			assertThat(finding.suggestion()).isNotBlank();
			assertThat(finding.explanation()).isNotBlank();
		});
		assertThat(report.redactedText()).isEqualTo("Happy [AGE] birthday to [NAME] in [LOCATION]!");
	}

	@Test
	void inboundPhiAsksForReview() {
		Report report = this.guardrail.scan(Text.of("my SSN is 512-44-9083"),
				ScanContext.of(Direction.INBOUND, Network.X));
		assertThat(report.verdict()).isEqualTo(Verdict.REVIEW);
		assertThat(report.findings()).extracting(Finding::severity).containsOnly(Severity.REVIEW);
	}

	@Test
	void cleanTextPasses() {
		Report report = this.guardrail.scan(Text.of("Flu shots are here! Walk in any Saturday."),
				ScanContext.of(Direction.OUTBOUND_POST, Network.MASTODON));
		assertThat(report.verdict()).isEqualTo(Verdict.PASS);
		assertThat(report.findings()).isEmpty();
		assertThat(report.redactedText()).isEqualTo("Flu shots are here! Walk in any Saturday.");
	}

	@Test
	void policyCanDisableChecksChangeSeverityAndAllowOrDenyTerms() {
		ScanContext context = ScanContext.of(Direction.OUTBOUND_POST, Network.FACEBOOK);
		Policy off = new Policy(Set.of("platform"), Map.of(), Set.of(), Set.of(), Set.of());
		assertThat(this.guardrail.scan(Text.of(POST), context.withPolicy(off)).verdict()).isEqualTo(Verdict.PASS);
		Policy advise = new Policy(Set.of(), Map.of("phi", Severity.ADVISE), Set.of(), Set.of(), Set.of());
		assertThat(this.guardrail.scan(Text.of(POST), context.withPolicy(advise)).verdict()).isEqualTo(Verdict.ADVISE);
		Policy allow = Policy.defaults().withTerms(Set.of("Dorothy Mae Pruitt"), Set.of("miracle cure"));
		Report report = this.guardrail.scan(Text.of(POST + " A miracle cure!"), context.withPolicy(allow));
		assertThat(report.findings()).extracting(Finding::type).doesNotContain("NAME").contains("TERM");
	}

	@Test
	void findingsOfOneCheckNeverOverlap() {
		Report report = this.guardrail.scan(Text.of("Pt J.M., DOB 3/9/2019, MRN 00482913, room 412, 555-12-3456"),
				ScanContext.of(Direction.OUTBOUND_POST, Network.X));
		for (int i = 1; i < report.findings().size(); i++) {
			assertThat(report.findings().get(i).start()).isGreaterThanOrEqualTo(report.findings().get(i - 1).end());
		}
	}

	@Test
	void contentTypesDoNotPrintTheirContent() {
		Report report = this.guardrail.scan(Text.of(POST), ScanContext.of(Direction.OUTBOUND_POST, Network.X));
		assertThat(Text.of(POST).toString()).doesNotContain("Dorothy");
		assertThat(report.toString()).doesNotContain("Dorothy").doesNotContain("418");
		assertThat(report.findings().toString()).doesNotContain("Dorothy");
	}

}
