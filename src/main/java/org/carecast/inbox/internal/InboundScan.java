package org.carecast.inbox.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.carecast.accounts.StaffDirectory;
import org.carecast.guardrail.Direction;
import org.carecast.guardrail.Finding;
import org.carecast.guardrail.Guardrail;
import org.carecast.guardrail.GuardrailPolicies;
import org.carecast.guardrail.Network;
import org.carecast.guardrail.OrganizationClaims;
import org.carecast.guardrail.Policy;
import org.carecast.guardrail.PolicySettings;
import org.carecast.guardrail.Report;
import org.carecast.guardrail.ScanContext;
import org.carecast.guardrail.Text;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Runs the guardrail on inbound items as {@link Direction#INBOUND}, with only the checks
 * that say something about what the public wrote: privacy (PHI shared in the open),
 * misinformation and conduct. The organization's policy, myths and staff names are read
 * once per batch rather than once per item.
 */
@Component
class InboundScan {

	static final Set<String> INBOUND_CHECKS = Set.of("phi", "misinformation", "conduct");

	private final Guardrail guardrail;

	private final GuardrailPolicies policies;

	private final OrganizationClaims claims;

	private final StaffDirectory staff;

	InboundScan(Guardrail guardrail, GuardrailPolicies policies, OrganizationClaims claims, StaffDirectory staff) {
		this.guardrail = guardrail;
		this.policies = policies;
		this.claims = claims;
		this.staff = staff;
	}

	/** What the scan of one item found, without any of the item's text. */
	/**
	 * @param report the scan itself, which the triage reuses for its misinformation
	 * label; {@code null} when nothing was scanned
	 */
	record Flags(boolean phi, boolean misinformation, boolean conduct, List<String> findings, @Nullable Report report) {

		static final Flags NONE = new Flags(false, false, false, List.of(), null);

	}

	/** A scanner for one organization's batch; null context when every check is off. */
	Scanner forOrganization(UUID organizationId, Network network) {
		PolicySettings settings = this.policies.settings(organizationId);
		Set<String> enabled = PolicySettings.CHECKS.stream()
			.filter(settings::runs)
			.filter(INBOUND_CHECKS::contains)
			.collect(Collectors.toSet());
		if (enabled.isEmpty()) {
			return new Scanner(null);
		}
		Policy base = settings.toPolicy().withClaims(this.claims.active(organizationId));
		Policy inbound = new Policy(enabled, base.severities(), base.allowTerms(), base.denyTerms(), base.ownContacts(),
				base.gradeTarget(), base.claims());
		Set<String> names = this.staff.members(organizationId)
			.stream()
			.flatMap((m) -> (m.publicHandle() != null) ? Stream.of(m.fullName(), m.publicHandle())
					: Stream.of(m.fullName()))
			.collect(Collectors.toSet());
		return new Scanner(new ScanContext(Direction.INBOUND, network, inbound, names, List.of()));
	}

	final class Scanner {

		private final ScanContext context;

		Scanner(ScanContext context) {
			this.context = context;
		}

		Flags scan(String text) {
			if (this.context == null || text.isBlank()) {
				return Flags.NONE;
			}
			Report report = InboundScan.this.guardrail.scan(Text.of(text), this.context);
			List<Finding> found = report.findings();
			Set<String> summary = new LinkedHashSet<>();
			for (Finding f : found) {
				// Check, type and rule only: a finding's span is the patient's words.
				summary.add(f.check() + ": " + f.type() + " (" + f.severity().code() + ")");
			}
			return new Flags(has(found, "phi"), has(found, "misinformation"), has(found, "conduct"),
					new ArrayList<>(summary), report);
		}

		private static boolean has(List<Finding> findings, String check) {
			return findings.stream().anyMatch((f) -> f.check().equals(check));
		}

	}

}
