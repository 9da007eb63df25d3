package org.carecast.channels.meta;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MetaSignatureTests {

	private static final byte[] BODY = "{\"object\":\"page\"}".getBytes(StandardCharsets.UTF_8);

	private static final String VECTOR = "sha256=ae958d6f00b134dd32b95a9a76bedaaeb068c0949769358355023f7d1a0c580b";

	private final MetaSignature signature = new MetaSignature("app-secret".getBytes(StandardCharsets.UTF_8));

	@Test
	void documentedTestVectorMatches() {
		assertThat(this.signature.matches(BODY, VECTOR)).isTrue();
	}

	@Test
	void nearMissesDoNotMatch() {
		assertThat(this.signature.matches(BODY, VECTOR.toUpperCase())).isFalse();
		assertThat(this.signature.matches(BODY, VECTOR.substring("sha256=".length()))).isFalse();
		assertThat(this.signature.matches(BODY, VECTOR.substring(0, VECTOR.length() - 1) + "c")).isFalse();
		assertThat(this.signature.matches("{\"object\":\"page\"} ".getBytes(StandardCharsets.UTF_8), VECTOR)).isFalse();
		assertThat(new MetaSignature("other-secret".getBytes(StandardCharsets.UTF_8)).matches(BODY, VECTOR)).isFalse();
		assertThat(this.signature.matches(BODY, null)).isFalse();
		assertThat(this.signature.matches(BODY, "")).isFalse();
		assertThat(this.signature.matches(null, VECTOR)).isFalse();
	}

	@Test
	void refusesAnEmptySecretAndNeverShowsIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> new MetaSignature(new byte[0]));
		assertThat(this.signature.toString()).doesNotContain("app-secret");
	}

}
