package org.carecast.guardrail.internal.misinformation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.carecast.guardrail.Analysis;
import org.carecast.guardrail.Check;
import org.carecast.guardrail.Finding;
import org.carecast.guardrail.OrganizationClaim;
import org.carecast.guardrail.ScanContext;
import org.carecast.guardrail.Severity;

/**
 * Finds sentences that assert a known health myth: one from the {@link ClaimBase} or one
 * the organization added itself (carried by the scan's policy). Each sentence is matched
 * against every claim's key patterns, then against every myth and paraphrase by word
 * overlap and by meaning. Questions, negated matches and posts that debunk or report a
 * claim are not findings. An outbound post that asserts a myth is blocked; an inbound one
 * goes to review. The finding names the claim, offers its correction and cites its
 * source.
 */
public final class MisinformationCheck implements Check {

	public static final String NAME = "misinformation";

	/** How many organizations' claim sets stay compiled at once. */
	private static final int ORGANIZATION_SETS = 64;

	private final ClaimMatcher builtIn;

	private final SentenceEncoder encoder;

	/**
	 * Compiled organization claim sets by their content, least recently used first. A
	 * changed claim is a new key, so nothing stale is ever matched.
	 */
	private final Map<List<OrganizationClaim>, ClaimMatcher> organizationSets = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<List<OrganizationClaim>, ClaimMatcher> eldest) {
			return size() > ORGANIZATION_SETS;
		}
	};

	public MisinformationCheck() {
		this(ClaimBase.load());
	}

	public MisinformationCheck(ClaimBase base) {
		this(base, SentenceEncoder.shared());
	}

	public MisinformationCheck(ClaimBase base, SentenceEncoder encoder) {
		this.encoder = encoder;
		this.builtIn = new ClaimMatcher(base.claims(), encoder);
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Finding> inspect(Analysis analysis, ScanContext context) {
		Passage passage = Passage.of(analysis.text(), analysis.lower());
		Severity severity = context.direction().isOutbound() ? Severity.BLOCK : Severity.REVIEW;
		List<Finding> findings = new ArrayList<>();
		this.builtIn.find(passage, severity, findings);
		List<OrganizationClaim> own = context.policy().claims();
		if (!own.isEmpty()) {
			organizationMatcher(own).find(passage, severity, findings);
		}
		// A post that debunks or reports a claim is not spreading it.
		return (findings.isEmpty() || passage.debunks()) ? List.of() : findings;
	}

	private ClaimMatcher organizationMatcher(List<OrganizationClaim> own) {
		synchronized (this.organizationSets) {
			ClaimMatcher cached = this.organizationSets.get(own);
			if (cached != null) {
				return cached;
			}
		}
		// Built outside the lock: embedding a few statements takes milliseconds, and two
		// threads building the same set at once only waste a little work.
		ClaimMatcher built = new ClaimMatcher(own.stream().map(MisinformationCheck::claim).toList(), this.encoder);
		synchronized (this.organizationSets) {
			this.organizationSets.putIfAbsent(own, built);
			return this.organizationSets.get(own);
		}
	}

	private static Claim claim(OrganizationClaim own) {
		return new Claim(own.rule(), own.topic(), own.myth(), own.paraphrases(), own.correction(), own.sourceName(),
				own.sourceUrl(), own.lastReviewed().toString(), List.of());
	}

}
