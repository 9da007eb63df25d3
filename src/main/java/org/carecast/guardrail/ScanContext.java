package org.carecast.guardrail;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the guardrail knows about a text besides its content.
 *
 * @param direction outbound post, outbound reply or inbound item
 * @param network where it is published or was received
 * @param policy the organization's choices
 * @param staffNames names from the organization's staff directory, which are not patient
 * names
 * @param media attached images and videos
 * @param consentReference where the patient's consent to share their story is recorded (a
 * form or ticket id), or {@code null} when there is none
 */
public record ScanContext(Direction direction, Network network, Policy policy, Set<String> staffNames,
		List<Media> media, String consentReference) {

	public ScanContext {
		Objects.requireNonNull(direction, "direction");
		Objects.requireNonNull(network, "network");
		Objects.requireNonNull(policy, "policy");
		staffNames = Set.copyOf(staffNames);
		media = List.copyOf(media);
	}

	public ScanContext(Direction direction, Network network, Policy policy, Set<String> staffNames, List<Media> media) {
		this(direction, network, policy, staffNames, media, null);
	}

	public boolean hasConsent() {
		return this.consentReference != null && !this.consentReference.isBlank();
	}

	public static ScanContext of(Direction direction, Network network) {
		return new ScanContext(direction, network, Policy.defaults(), Set.of(), List.of());
	}

	public ScanContext withPolicy(Policy newPolicy) {
		return new ScanContext(this.direction, this.network, newPolicy, this.staffNames, this.media,
				this.consentReference);
	}

	public ScanContext withStaffNames(Set<String> names) {
		return new ScanContext(this.direction, this.network, this.policy, names, this.media, this.consentReference);
	}

	public ScanContext withMedia(List<Media> attached) {
		return new ScanContext(this.direction, this.network, this.policy, this.staffNames, attached,
				this.consentReference);
	}

	public ScanContext withConsentReference(String reference) {
		return new ScanContext(this.direction, this.network, this.policy, this.staffNames, this.media, reference);
	}

}
