package org.carecast.accounts;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	@Test
	void shortBlankAndOverlongPasswordsAreRefused() {
		assertThat(PasswordPolicy.problem(null)).isNotNull();
		assertThat(PasswordPolicy.problem("elevenchars")).contains("12");
		assertThat(PasswordPolicy.problem(" ".repeat(20))).isNotNull();
		// 25 three-byte characters are 75 bytes: BCrypt would silently ignore the end.
		assertThat(PasswordPolicy.problem("€".repeat(25))).contains("72");
		assertThat(PasswordPolicy.problem("correct horse battery staple")).isNull();
		assertThat(PasswordPolicy.problem("x".repeat(72))).isNull();
	}

	@Test
	void oneTimePasswordsAreLongUnambiguousAndDistinct() {
		SecureRandom random = new SecureRandom();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String password = PasswordPolicy.oneTimePassword(random);
			assertThat(password).matches("[A-HJ-NP-Za-km-z2-9]{5}(-[A-HJ-NP-Za-km-z2-9]{5}){3}");
			assertThat(PasswordPolicy.problem(password)).isNull();
			seen.add(password);
		}
		assertThat(seen).hasSize(1000);
	}

}
