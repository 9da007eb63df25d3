package org.carecast.publishing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carecast.publishing.internal.CampaignRepository;
import org.carecast.publishing.internal.DeliveryPlan;
import org.carecast.publishing.internal.PostImages;
import org.carecast.publishing.internal.PostRepository;
import org.carecast.publishing.internal.PostStore;
import org.carecast.publishing.internal.TargetAccounts;
import org.carecast.shared.Actor;
import org.carecast.shared.ConflictException;
import org.carecast.shared.InvalidInputException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads posts. Editing a post that was approved, scheduled or failed sends it
 * back to review: what a reviewer approved is what goes out.
 */
@Service
public class Posts {

	static final int TEXT_LIMIT = 10_000;

	public static final int LIST_LIMIT = 500;

	private final PostStore store;

	private final PostRepository repository;

	private final TargetAccounts accounts;

	private final DeliveryPlan plan;

	private final PostImages images;

	private final CampaignRepository campaigns;

	Posts(PostStore store, PostRepository repository, TargetAccounts accounts, DeliveryPlan plan, PostImages images,
			CampaignRepository campaigns) {
		this.store = store;
		this.repository = repository;
		this.accounts = accounts;
		this.plan = plan;
		this.images = images;
		this.campaigns = campaigns;
	}

	@Transactional
	public Post create(Actor actor, PostDraft written) {
		PostDraft draft = validated(written);
		requireCampaign(actor, draft);
		List<Variant> variants = this.accounts.variants(actor.organizationId(), draft.targets());
		Post post = new Post(UUID.randomUUID(), actor.organizationId(), "", null, null, null, null, null,
				actor.userId(), actor.displayName(), PostState.DRAFT, null, null, null, this.store.now(),
				this.store.now(), 0, List.of(), List.of())
			.withContent(draft, variants);
		Post inserted = this.store.insert(actor, post, "draft created for " + variants.size() + " accounts"
				+ translationCount(draft) + imageCount(draft.images()));
		return inserted.withImages(
				this.images.save(actor.organizationId(), post.id(), draft.images(), variants, this.store.now()));
	}

	@Transactional
	public Post update(Actor actor, UUID id, long version, PostDraft written) {
		PostDraft draft = validated(written);
		requireCampaign(actor, draft);
		Post post = this.store.load(actor, id);
		if (!post.state().editable() || this.plan.sending(id)) {
			throw new ConflictException("not_editable",
					"This post can no longer be changed: it is " + post.state().label().toLowerCase() + ".");
		}
		List<Variant> variants = this.accounts.variants(actor.organizationId(), draft.targets());
		PostState next = switch (post.state()) {
			case APPROVED, SCHEDULED, FAILED -> PostState.IN_REVIEW;
			default -> post.state();
		};
		Post changed = post.withContent(draft, variants).withState(next);
		boolean newAuthor = !post.authorId().equals(actor.userId());
		if (newAuthor) {
			changed = changed.withAuthor(actor.userId(), actor.displayName());
		}
		if (next != post.state()) {
			changed = changed.withOverride(null, null);
		}
		if (post.state() == PostState.SCHEDULED || post.state() == PostState.FAILED) {
			// A failed post's other deliveries may still wait in the scheduler.
			this.plan.unschedule(id);
		}
		String summary = "edited" + (newAuthor ? " by someone other than its author, who now counts as author" : "")
				+ ((next != post.state()) ? "; sent back to review from " + post.state().label() : "") + "; "
				+ variants.size() + " accounts" + translationCount(draft) + imageCount(draft.images());
		Post saved = this.store.save(actor, changed, version, "post.edited", summary);
		return saved
			.withImages(this.images.save(actor.organizationId(), id, draft.images(), variants, this.store.now()));
	}

	@Transactional(readOnly = true)
	public Post get(Actor actor, UUID id) {
		return this.store.load(actor, id);
	}

	@Transactional(readOnly = true)
	public List<Post> list(Actor actor, @Nullable PostState state) {
		return this.repository.list(actor.organizationId(), state, 500);
	}

	/**
	 * At most {@link #LIST_LIMIT} posts, optionally of one state and with a send time in
	 * {@code [from, to)}; earliest send time first.
	 */
	@Transactional(readOnly = true)
	public List<Post> search(Actor actor, @Nullable PostState state, java.time.@Nullable Instant from,
			java.time.@Nullable Instant to) {
		return this.repository.between(actor.organizationId(), (state != null) ? List.of(state) : List.of(), from, to,
				LIST_LIMIT);
	}

	/** Posts with a send time in {@code [from, to)}, cancelled ones left out. */
	@Transactional(readOnly = true)
	public List<Post> scheduledBetween(Actor actor, Instant from, Instant to) {
		return this.repository.scheduledBetween(actor.organizationId(), from, to, 2000);
	}

	@Transactional(readOnly = true)
	public List<Delivery> deliveries(Actor actor, UUID id) {
		return this.plan.of(this.store.load(actor, id));
	}

	private static PostDraft validated(PostDraft draft) {
		validate(draft);
		return LanguageCodes.normalized(draft, TEXT_LIMIT);
	}

	private static void validate(PostDraft draft) {
		if (draft.baseText().isBlank()) {
			throw new InvalidInputException("Write the post's text.");
		}
		if (draft.baseText().length() > TEXT_LIMIT || draft.targets()
			.stream()
			.anyMatch((t) -> t.textOverride() != null && t.textOverride().length() > TEXT_LIMIT)) {
			throw new InvalidInputException("A post's text can be at most 10,000 characters.");
		}
		if (longer(draft.healthTopic(), 200) || longer(draft.campaign(), 200) || longer(draft.consentReference(), 200)
				|| longer(draft.sources(), 4000)) {
			throw new InvalidInputException(
					"Topic, campaign and consent reference take up to 200 characters, " + "sources up to 4,000.");
		}
	}

	/** Language codes only, never the text. */
	private static String translationCount(PostDraft draft) {
		List<String> codes = draft.languages().translations().stream().map(Translation::language).toList();
		return codes.isEmpty() ? "" : "; translations " + String.join(", ", codes);
	}

	/** Counts only: alt text describes what an image shows and stays out of summaries. */
	private static String imageCount(List<PostDraft.DraftImage> draftImages) {
		return (draftImages != null) ? "; " + draftImages.size() + " images" : "";
	}

	/** A campaign of another organization is refused like one that does not exist. */
	private void requireCampaign(Actor actor, PostDraft draft) {
		if (draft.campaignId() != null && this.campaigns.find(actor.organizationId(), draft.campaignId()).isEmpty()) {
			throw new InvalidInputException("Choose a campaign your organization has planned.");
		}
	}

	private static boolean longer(String value, int limit) {
		return value != null && value.length() > limit;
	}

}
