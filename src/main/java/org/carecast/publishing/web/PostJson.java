package org.carecast.publishing.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.carecast.publishing.Post;
import org.carecast.publishing.Variant;

/**
 * A post as the API shows it. {@code state} and {@code network} are lower-case codes;
 * {@code version} is also the post's ETag.
 */
record PostJson(UUID id, String state, String text, String topic, String campaign, String consentReference,
		String sources, Instant sendAt, UUID authorId, String authorName, String overrideReason, String overrideBy,
		String failureMessage, Instant createdAt, Instant updatedAt, long version, List<AccountJson> accounts,
		String language, List<TranslationJson> translations) {

	/**
	 * One account the post goes to; {@code text} only when it differs from the post's.
	 */
	record AccountJson(UUID accountId, String network, String handle, String text, String link, String firstComment,
			String language, List<UUID> imagesLeftOut) {

		static AccountJson of(Variant v) {
			return new AccountJson(v.accountId(), v.network().code(), v.handle(), v.textOverride(), v.link(),
					v.firstComment(), v.language(), v.imagesLeftOut().stream().sorted().toList());
		}

	}

	/** The post in another language. */
	record TranslationJson(String language, String text) {

		@Override
		public String toString() {
			return "TranslationJson[" + this.language + "]";
		}

	}

	static PostJson of(Post p) {
		return new PostJson(p.id(), p.state().code(), p.baseText(), p.healthTopic(), p.campaign(), p.consentReference(),
				p.sources(), p.scheduledAt(), p.authorId(), p.authorName(), p.overrideReason(), p.overrideBy(),
				p.failureMessage(), p.createdAt(), p.updatedAt(), p.version(),
				p.variants().stream().map(AccountJson::of).toList(), p.languages().base(),
				p.languages().translations().stream().map((t) -> new TranslationJson(t.language(), t.text())).toList());
	}

	@Override
	public String toString() {
		return "PostJson[" + this.id + ", " + this.state + "]";
	}

}
