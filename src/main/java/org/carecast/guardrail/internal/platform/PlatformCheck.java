package org.carecast.guardrail.internal.platform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.carecast.guardrail.Analysis;
import org.carecast.guardrail.Check;
import org.carecast.guardrail.Finding;
import org.carecast.guardrail.Network;
import org.carecast.guardrail.ScanContext;
import org.carecast.guardrail.Severity;
import org.carecast.guardrail.TextLength;
import org.carecast.guardrail.Token;
import org.carecast.guardrail.internal.text.StartPattern;

/**
 * Whether an outbound text fits the network: its length in the network's own counting,
 * Instagram's 30 hashtags and 20 mentions, and Threads' 5 links. A text over a limit
 * would be rejected (or silently cut), so it blocks.
 */
public final class PlatformCheck implements Check {

	public static final String NAME = "platform";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Finding> inspect(Analysis analysis, ScanContext context) {
		List<Finding> findings = new ArrayList<>();
		if (!context.direction().isOutbound()) {
			return findings;
		}
		String text = analysis.text();
		Network network = context.network();
		NetworkLimits.Measure measure = NetworkLimits.measure(network, text);
		if (measure.over()) {
			int start = Math.max(0, Math.min(measure.overflowStart(), text.length()));
			findings.add(new Finding(NAME, "LENGTH", start, text.length(), Severity.BLOCK, 1.0,
					"platform.length." + network.code(),
					String.format(Locale.ROOT, "Too long for %s: %,d of %,d %s.", label(network), measure.count(),
							measure.limit(), measure.unit()),
					String.format(Locale.ROOT, "Shorten it by %,d or split it into several posts.",
							measure.count() - measure.limit()),
					"counted as " + network.code() + " counts; the highlighted part is past the limit"));
		}
		if (network == Network.INSTAGRAM) {
			limitTokens(analysis, Token.Kind.HASHTAG, 30, "HASHTAGS", "hashtags", findings);
			limitTokens(analysis, Token.Kind.HANDLE, 20, "MENTIONS", "@mentions", findings);
		}
		if (network == Network.THREADS) {
			links(text, findings);
		}
		return findings;
	}

	/** The text's length by the network's rule, for composers' counters. */
	public static TextLength length(Network network, String text) {
		NetworkLimits.Measure measure = NetworkLimits.measure(network, text);
		return new TextLength(measure.count(), measure.limit(), measure.over() ? measure.overflowStart() : -1,
				measure.unit());
	}

	private static void limitTokens(Analysis analysis, Token.Kind kind, int limit, String type, String what,
			List<Finding> findings) {
		int count = 0;
		int overflow = -1;
		for (Token token : analysis.tokens()) {
			if (token.kind() == kind && ++count == limit + 1) {
				overflow = token.start();
			}
		}
		if (count > limit) {
			findings.add(new Finding(NAME, type, overflow, analysis.text().length(), Severity.BLOCK, 1.0,
					"platform." + type.toLowerCase(Locale.ROOT) + ".instagram",
					String.format(Locale.ROOT, "Instagram allows %d %s; this has %d.", limit, what, count),
					"Remove " + (count - limit) + " " + what + ".", "counted " + what + " in the caption"));
		}
	}

	private static void links(String text, List<Finding> findings) {
		Set<String> unique = new HashSet<>();
		int overflow = -1;
		StartPattern.Finder url = LengthCounter.URL.finder(text);
		while (url.find()) {
			if (unique.add(url.group().toLowerCase(Locale.ROOT)) && unique.size() == 6) {
				overflow = url.start();
			}
		}
		if (unique.size() > 5) {
			findings
				.add(new Finding(NAME, "LINKS", overflow, text.length(), Severity.BLOCK, 1.0, "platform.links.threads",
						String.format(Locale.ROOT, "Threads allows 5 different links; this has %d.", unique.size()),
						"Remove " + (unique.size() - 5) + " links.", "counted distinct links in the text"));
		}
	}

	private static String label(Network network) {
		return switch (network) {
			case X -> "X";
			case LINKEDIN -> "LinkedIn";
			default -> network.code().substring(0, 1).toUpperCase(Locale.ROOT) + network.code().substring(1);
		};
	}

}
