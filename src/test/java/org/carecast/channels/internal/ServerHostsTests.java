package org.carecast.channels.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerHostsTests {

	@ParameterizedTest
	@CsvSource({ "mastodon.social, mastodon.social", "  Mastodon.Social  , mastodon.social",
			"https://mastodon.social/, mastodon.social", "@clinic@social.example, social.example",
			"clinic@health.social.example, health.social.example", "bücher.example, xn--bcher-kva.example" })
	void readsWhatPeopleTypeAsAHostName(String typed, String host) {
		assertThat(ServerHosts.normalize(typed)).isEqualTo(host);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "localhost", "mastodon", "127.0.0.1", "10.0.0.5", "[::1]", "169.254.169.254",
			"http://mastodon.social", "mastodon.social:8443", "mastodon.social/path", "mastodon.social?x=1",
			"user:pass@mastodon.social:80", "evil.localhost", "printer.local", "metadata.google.internal",
			"-bad.example", "a..example", "exa mple.com", "mastodon.social#frag" })
	void refusesAddressesThatAreNotPublicHostNames(String typed) {
		assertThatThrownBy(() -> ServerHosts.normalize(typed)).isInstanceOf(ConnectionFailedException.class)
			.hasMessageContaining("mastodon.social");
	}

}
