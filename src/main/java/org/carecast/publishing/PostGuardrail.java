package org.carecast.publishing;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.carecast.channels.ChannelNetwork;
import org.carecast.guardrail.Direction;
import org.carecast.guardrail.Media;
import org.carecast.guardrail.Network;
import org.carecast.guardrail.OrganizationScanner;
import org.carecast.guardrail.Report;
import org.carecast.guardrail.TextLength;

import org.springframework.stereotype.Service;

/**
 * Runs the guardrail on every variant of a post, as an outbound post on the variant's own
 * network, with the post's consent reference and its images' alt text.
 */
@Service
public class PostGuardrail {

	/**
	 * The sandbox has no rules of its own; Facebook's limit is far above the longest post
	 * Carecast stores, so scanning as Facebook applies every content check and no length
	 * rule.
	 */
	static final Network SANDBOX_STANDIN = Network.FACEBOOK;

	private final OrganizationScanner scanner;

	PostGuardrail(OrganizationScanner scanner) {
		this.scanner = scanner;
	}

	/**
	 * Every variant's text and, as its own entry, every first comment: the comment goes
	 * out in public under the post, so it passes the same checks before approval.
	 */
	public List<VariantCheck> check(Post post) {
		List<VariantCheck> checks = new ArrayList<>();
		for (Variant v : post.variants()) {
			List<Media> media = post.imagesOf(v).stream().map((i) -> new Media("image", i.altText())).toList();
			checks.add(check(post.organizationId(), v.accountId(), v.network(), v.handle(), post.textOf(v),
					post.consentReference(), media));
			if (v.firstComment() != null && !v.firstComment().isBlank()) {
				checks.add(check(post.organizationId(), v.accountId(), v.network(), v.handle() + " (first comment)",
						v.firstComment(), post.consentReference(), List.of()));
			}
		}
		return checks;
	}

	/**
	 * @param media the images every variant carries, as the accessibility check sees them
	 */
	public VariantCheck check(UUID organizationId, UUID accountId, ChannelNetwork network, String handle, String text,
			String consentReference, List<Media> media) {
		Network rules = network.guardrailNetwork().orElse(SANDBOX_STANDIN);
		Report report = this.scanner.scan(organizationId, text, Direction.OUTBOUND_POST, rules, media,
				consentReference);
		TextLength length = network.guardrailNetwork().map((n) -> TextLength.of(n, text)).orElse(null);
		return new VariantCheck(accountId, network, handle, text, report, length);
	}

	public static boolean blocks(List<VariantCheck> checks) {
		return checks.stream().anyMatch((c) -> c.report().blocks());
	}

}
