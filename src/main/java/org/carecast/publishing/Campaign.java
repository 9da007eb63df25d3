package org.carecast.publishing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.carecast.channels.ChannelNetwork;
import org.jspecify.annotations.Nullable;

/**
 * A planned campaign: what it is for, on which days and networks it runs, and, when it
 * was planned from one, the health observance it belongs to.
 *
 * @param observanceKey the key of the built-in observance it was planned from
 */
public record Campaign(UUID id, UUID organizationId, String name, @Nullable String goal, @Nullable String healthTopic,
		LocalDate startsOn, LocalDate endsOn, Set<ChannelNetwork> networks, @Nullable String observanceKey,
		Instant createdAt, Instant updatedAt, long version) {

	public Campaign {
		networks = Set.copyOf(networks);
	}

	/** Whether it runs on at least one day of {@code [from, to]}. */
	public boolean overlaps(LocalDate from, LocalDate to) {
		return !this.startsOn.isAfter(to) && !this.endsOn.isBefore(from);
	}

	public boolean runsOn(LocalDate day) {
		return overlaps(day, day);
	}

	/** The network codes in alphabetical order, for pages. */
	public String networkList() {
		return String.join(", ", this.networks.stream().map(ChannelNetwork::code).sorted().toList());
	}

	/** What a person chooses for a campaign. */
	public record Plan(String name, @Nullable String goal, @Nullable String healthTopic, @Nullable LocalDate startsOn,
			@Nullable LocalDate endsOn, Set<ChannelNetwork> networks, @Nullable String observanceKey) {

		public Plan {
			name = (name != null) ? name.strip() : "";
			networks = (networks != null) ? Set.copyOf(networks) : Set.of();
		}

	}

}
