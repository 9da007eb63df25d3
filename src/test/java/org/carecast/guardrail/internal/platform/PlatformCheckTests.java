package org.carecast.guardrail.internal.platform;

import java.util.List;

import org.carecast.guardrail.Analysis;
import org.carecast.guardrail.Direction;
import org.carecast.guardrail.Finding;
import org.carecast.guardrail.Network;
import org.carecast.guardrail.ScanContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counting rules and the documented test vectors from platform-apis.md.
 */
class PlatformCheckTests {

	private final PlatformCheck check = new PlatformCheck();

	static List<Object[]> vectors() {
		String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
		return List.of(new Object[] { Network.X, "Hi http://test.co", 26 },
				new Object[] { Network.X, "http://test.co", 23 },
				new Object[] { Network.X, "https://www.twitter.com/aloha ".repeat(10), 240 },
				new Object[] { Network.X, "H\uD83D\uDC31\u263A" + family, 7 },
				new Object[] { Network.X, "\u6771".repeat(160), 320 },
				new Object[] { Network.X, "\uD83D\uDE37".repeat(160), 320 },
				new Object[] { Network.X, "Hello, world! \uD83D\uDC4B", 16 },
				new Object[] { Network.X, "Book at clinic.com today", 37 },
				new Object[] { Network.MASTODON,
						"Visit https://clinic.example/a/very/long/path?x=1 @jane@other.example", 35 },
				new Object[] { Network.BLUESKY,
						"\u2728 example mentioning @atproto.com to share the URL \uD83D\uDC68\u200D\u2764\uFE0F\u200D\uD83D\uDC68 https://en.wikipedia.org/wiki/CBOR.",
						88 },
				new Object[] { Network.THREADS, "\uD83D\uDE00", 4 }, new Object[] { Network.THREADS, family, 25 },
				new Object[] { Network.LINKEDIN, "abc", 3 }, new Object[] { Network.INSTAGRAM, "caf\u00e9", 4 },
				new Object[] { Network.FACEBOOK, "x".repeat(100), 100 });
	}

	@ParameterizedTest
	@MethodSource("vectors")
	void countsAsTheNetworkDoes(Network network, String text, int expected) {
		assertThat(NetworkLimits.measure(network, text).count()).isEqualTo(expected);
	}

	@Test
	void reportsCountLimitAndTheOverflowingPart() {
		String text = "a".repeat(281);
		List<Finding> findings = this.check.inspect(Analysis.of(text),
				ScanContext.of(Direction.OUTBOUND_POST, Network.X));
		assertThat(findings).singleElement().satisfies((finding) -> {
			assertThat(finding.type()).isEqualTo("LENGTH");
			assertThat(finding.message()).contains("281 of 280");
			assertThat(finding.start()).isEqualTo(280);
			assertThat(finding.end()).isEqualTo(281);
		});
		assertThat(this.check.inspect(Analysis.of("a".repeat(280)), ScanContext.of(Direction.OUTBOUND_POST, Network.X)))
			.isEmpty();
	}

	@Test
	void limitsPerNetwork() {
		assertThat(over(Network.BLUESKY, 301)).isTrue();
		assertThat(over(Network.BLUESKY, 300)).isFalse();
		assertThat(over(Network.THREADS, 501)).isTrue();
		assertThat(over(Network.MASTODON, 500)).isFalse();
		assertThat(over(Network.LINKEDIN, 3001)).isTrue();
		assertThat(over(Network.INSTAGRAM, 2200)).isFalse();
		assertThat(over(Network.FACEBOOK, 63_207)).isTrue();
		assertThat(over(Network.FACEBOOK, 63_206)).isFalse();
		assertThat(NetworkLimits.measure(Network.BLUESKY, "\u6771".repeat(1001)).over()).isTrue();
	}

	@Test
	void instagramHashtagsAndThreadsLinks() {
		String tags = "#a1 #a2 #a3 #a4 #a5 #a6 #a7 #a8 #a9 #b1 #b2 #b3 #b4 #b5 #b6 #b7 #b8 #b9 #c1 #c2 #c3 #c4 #c5 #c6 #c7 #c8 #c9 #d1 #d2 #d3 #d4";
		assertThat(this.check.inspect(Analysis.of(tags), ScanContext.of(Direction.OUTBOUND_POST, Network.INSTAGRAM)))
			.extracting(Finding::type)
			.containsExactly("HASHTAGS");
		String links = "a.com b.com c.com d.com e.com f.com";
		assertThat(this.check.inspect(Analysis.of(links), ScanContext.of(Direction.OUTBOUND_POST, Network.THREADS)))
			.extracting(Finding::type)
			.containsExactly("LINKS");
	}

	@Test
	void inboundTextIsNotMeasured() {
		assertThat(this.check.inspect(Analysis.of("a".repeat(400)), ScanContext.of(Direction.INBOUND, Network.X)))
			.isEmpty();
	}

	private boolean over(Network network, int length) {
		return NetworkLimits.measure(network, "a".repeat(length)).over();
	}

}
