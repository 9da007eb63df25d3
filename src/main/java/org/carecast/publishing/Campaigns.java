package org.carecast.publishing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.carecast.audit.AuditEvent;
import org.carecast.audit.AuditTrail;
import org.carecast.publishing.internal.CampaignRepository;
import org.carecast.publishing.internal.PostRepository;
import org.carecast.shared.Actor;
import org.carecast.shared.ConflictException;
import org.carecast.shared.InvalidInputException;
import org.carecast.shared.ResourceNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans campaigns. A campaign's name and dates are what the calendar shows; every change
 * names the version it was based on and is audited.
 */
@Service
public class Campaigns {

	/** Longer than any observance; a "campaign" over years is a mistyped year. */
	static final long LONGEST_DAYS = 366;

	private final CampaignRepository repository;

	private final PostRepository posts;

	private final Observances observances;

	private final AuditTrail auditTrail;

	private final Clock clock;

	Campaigns(CampaignRepository repository, PostRepository posts, Observances observances, AuditTrail auditTrail,
			Clock clock) {
		this.repository = repository;
		this.posts = posts;
		this.observances = observances;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	@Transactional
	public Campaign create(Actor actor, Campaign.Plan plan) {
		validate(plan);
		Campaign campaign = new Campaign(UUID.randomUUID(), actor.organizationId(), plan.name(), blank(plan.goal()),
				blank(plan.healthTopic()), plan.startsOn(), plan.endsOn(), plan.networks(), blank(plan.observanceKey()),
				this.clock.instant(), this.clock.instant(), 0);
		this.repository.insert(campaign);
		audit(actor, "campaign.created", campaign, "campaign planned " + span(campaign));
		return campaign;
	}

	@Transactional
	public Campaign update(Actor actor, UUID id, long version, Campaign.Plan plan) {
		validate(plan);
		Campaign current = get(actor, id);
		Campaign changed = new Campaign(id, current.organizationId(), plan.name(), blank(plan.goal()),
				blank(plan.healthTopic()), plan.startsOn(), plan.endsOn(), plan.networks(), current.observanceKey(),
				current.createdAt(), this.clock.instant(), version + 1);
		if (!this.repository.update(changed, version)) {
			throw new ConflictException("edit_conflict", "Someone else changed this campaign after you opened it. "
					+ "Reload it to see their changes, then make yours again.");
		}
		audit(actor, "campaign.updated", changed, "campaign changed; now " + span(changed));
		return changed;
	}

	/** Removes a campaign that no post belongs to. */
	@Transactional
	public void delete(Actor actor, UUID id) {
		Campaign campaign = get(actor, id);
		if (!this.posts.inCampaign(actor.organizationId(), id, 1).isEmpty()) {
			throw new ConflictException("campaign_in_use",
					"Posts belong to this campaign. Move them to another campaign, or to none, first.");
		}
		this.repository.delete(actor.organizationId(), id);
		audit(actor, "campaign.deleted", campaign, "campaign deleted");
	}

	@Transactional(readOnly = true)
	public Campaign get(Actor actor, UUID id) {
		return this.repository.find(actor.organizationId(), id)
			.orElseThrow(() -> new ResourceNotFoundException("Campaign"));
	}

	@Transactional(readOnly = true)
	public List<Campaign> list(Actor actor) {
		return this.repository.list(actor.organizationId());
	}

	/** The campaigns running on at least one day of {@code [from, to]}. */
	@Transactional(readOnly = true)
	public List<Campaign> overlapping(Actor actor, LocalDate from, LocalDate to) {
		return this.repository.overlapping(actor.organizationId(), from, to);
	}

	@Transactional(readOnly = true)
	public List<Post> posts(Actor actor, UUID id) {
		return this.posts.inCampaign(actor.organizationId(), get(actor, id).id(), 500);
	}

	private void validate(Campaign.Plan plan) {
		if (plan.name().isEmpty() || plan.name().length() > 200) {
			throw new InvalidInputException("Give the campaign a name of up to 200 characters.");
		}
		if (longer(plan.goal(), 2000) || longer(plan.healthTopic(), 200)) {
			throw new InvalidInputException("The goal takes up to 2,000 characters, the health topic up to 200.");
		}
		if (plan.startsOn() == null || plan.endsOn() == null) {
			throw new InvalidInputException("Choose the first and the last day of the campaign.");
		}
		if (plan.endsOn().isBefore(plan.startsOn())) {
			throw new InvalidInputException("The last day cannot be before the first day.");
		}
		if (ChronoUnit.DAYS.between(plan.startsOn(), plan.endsOn()) >= LONGEST_DAYS) {
			throw new InvalidInputException("A campaign can run for at most a year.");
		}
		if (plan.networks().isEmpty()) {
			throw new InvalidInputException("Choose at least one network for the campaign.");
		}
		String key = blank(plan.observanceKey());
		if (key != null && this.observances.find(key).isEmpty()) {
			throw new InvalidInputException("That health observance is not in the calendar.");
		}
	}

	private void audit(Actor actor, String action, Campaign campaign, String summary) {
		this.auditTrail.record(AuditEvent.by(actor, action, "campaign", campaign.id(), summary));
	}

	private static String span(Campaign campaign) {
		return campaign.startsOn() + " to " + campaign.endsOn() + " on " + campaign.networks().size() + " networks";
	}

	private static boolean longer(String value, int limit) {
		return value != null && value.length() > limit;
	}

	static String blank(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
