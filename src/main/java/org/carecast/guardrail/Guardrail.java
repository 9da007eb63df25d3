package org.carecast.guardrail;

import java.util.ArrayList;
import java.util.List;

import org.carecast.guardrail.internal.OverlapResolver;
import org.carecast.guardrail.internal.PolicyTerms;
import org.carecast.guardrail.internal.Redactor;
import org.carecast.guardrail.internal.accessibility.AccessibilityCheck;
import org.carecast.guardrail.internal.conduct.ConductCheck;
import org.carecast.guardrail.internal.literacy.LiteracyCheck;
import org.carecast.guardrail.internal.misinformation.MisinformationCheck;
import org.carecast.guardrail.internal.phi.PhiCheck;
import org.carecast.guardrail.internal.platform.PlatformCheck;

import org.springframework.stereotype.Service;

/**
 * Scans text with every enabled check and reports what it found. Word lists and patterns
 * are compiled once when it is built; after that it is immutable and thread-safe, so one
 * instance serves the whole application (or a command-line run without Spring).
 */
@Service
public final class Guardrail {

	private final List<Check> checks;

	private final OverlapResolver resolver = new OverlapResolver();

	private final PolicyTerms terms = new PolicyTerms();

	private final Redactor redactor = new Redactor();

	public Guardrail() {
		this(List.of(new PhiCheck(), new PlatformCheck(), new AccessibilityCheck(), new LiteracyCheck(),
				new MisinformationCheck(), new ConductCheck()));
	}

	public Guardrail(List<Check> checks) {
		this.checks = List.copyOf(checks);
	}

	public static Guardrail withDefaults() {
		return new Guardrail();
	}

	public Report scan(Text text, ScanContext context) {
		Analysis analysis = Analysis.of(text.value());
		Policy policy = context.policy();
		List<Finding> findings = new ArrayList<>();
		for (Check check : this.checks) {
			if (policy.runs(check.name())) {
				for (Finding finding : check.inspect(analysis, context)) {
					findings.add(policy.severityFor(check.name()).map(finding::withSeverity).orElse(finding));
				}
			}
		}
		Severity termSeverity = context.direction().isOutbound() ? Severity.BLOCK : Severity.REVIEW;
		findings.addAll(this.terms.denied(analysis, policy, termSeverity));
		List<Finding> resolved = this.resolver.resolve(this.terms.withoutAllowed(findings, analysis, policy));
		return new Report(resolved, verdict(resolved), this.redactor.redact(text.value(), resolved));
	}

	private static Verdict verdict(List<Finding> findings) {
		Severity worst = null;
		for (Finding finding : findings) {
			if (worst == null || finding.severity().isWorseThan(worst)) {
				worst = finding.severity();
			}
		}
		return (worst != null) ? Verdict.of(worst) : Verdict.PASS;
	}

}
