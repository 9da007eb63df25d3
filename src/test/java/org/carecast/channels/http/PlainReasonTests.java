package org.carecast.channels.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainReasonTests {

	@Test
	void cutsOpaqueTokensOutOfNetworkMessages() {
		assertThat(PlainReason.of("The token AQVsecret0123456789abcdefXYZ has expired", "fallback"))
			.isEqualTo("The token [hidden] has expired");
	}

	@Test
	void keepsPostIdsAndUrnsWhichAreNotSecret() {
		assertThat(PlainReason.of("Content is a duplicate of urn:li:share:7012345678901234567", "fallback"))
			.isEqualTo("Content is a duplicate of urn:li:share:7012345678901234567");
	}

	@Test
	void shortensLongMessagesAndFallsBackOnBlankOnes() {
		assertThat(PlainReason.of("word ".repeat(100), "fallback")).hasSize(201).endsWith("…");
		assertThat(PlainReason.of("  ", "fallback")).isEqualTo("fallback");
		assertThat(PlainReason.of(null, "fallback")).isEqualTo("fallback");
	}

}
