package org.carecast.guardrail;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.carecast.accounts.StaffDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scans a text for one organization: its policy, its own health myths and its staff
 * directory (names and public handles of staff are not patient identifiers).
 */
@Service
public class OrganizationScanner {

	private final Guardrail guardrail;

	private final GuardrailPolicies policies;

	private final StaffDirectory staff;

	private final OrganizationClaims claims;

	OrganizationScanner(Guardrail guardrail, GuardrailPolicies policies, StaffDirectory staff,
			OrganizationClaims claims) {
		this.guardrail = guardrail;
		this.policies = policies;
		this.staff = staff;
		this.claims = claims;
	}

	@Transactional(readOnly = true)
	public Report scan(UUID organizationId, String text, Direction direction, Network network, List<Media> media) {
		ScanContext context = new ScanContext(direction, network, policy(organizationId), staffNames(organizationId),
				media);
		return this.guardrail.scan(Text.of(text), context);
	}

	/**
	 * As {@link #scan(UUID, String, Direction, Network, List)}, with where the patient's
	 * consent to share their story is recorded, if anywhere.
	 */
	@Transactional(readOnly = true)
	public Report scan(UUID organizationId, String text, Direction direction, Network network, List<Media> media,
			String consentReference) {
		ScanContext context = new ScanContext(direction, network, policy(organizationId), staffNames(organizationId),
				media, consentReference);
		return this.guardrail.scan(Text.of(text), context);
	}

	private Policy policy(UUID organizationId) {
		return this.policies.settings(organizationId).toPolicy().withClaims(this.claims.active(organizationId));
	}

	private Set<String> staffNames(UUID organizationId) {
		return this.staff.members(organizationId)
			.stream()
			.flatMap((m) -> (m.publicHandle() != null) ? Stream.of(m.fullName(), m.publicHandle())
					: Stream.of(m.fullName()))
			.collect(Collectors.toSet());
	}

}
