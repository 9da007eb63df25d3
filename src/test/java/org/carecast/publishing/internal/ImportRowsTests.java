package org.carecast.publishing.internal;

import java.time.Instant;
import java.util.UUID;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ConnectedAccount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ImportRowsTests {

	private static final ConnectedAccount MASTODON = new ConnectedAccount(UUID.randomUUID(), UUID.randomUUID(),
			ChannelNetwork.MASTODON, "@clinic@mastodon.social", ConnectedAccount.Status.CONNECTED, Instant.EPOCH);

	private static final ConnectedAccount X = new ConnectedAccount(UUID.randomUUID(), UUID.randomUUID(),
			ChannelNetwork.X, "@Clinic", ConnectedAccount.Status.CONNECTED, Instant.EPOCH);

	@ParameterizedTest(name = "{0}: mastodon {1}, x {2}")
	@CsvSource({ "mastodon, true, false", "MASTODON, true, false", "x, false, true", "@clinic, false, true",
			"clinic, false, true", "x:@clinic, false, true", "x:clinic, false, true", "mastodon:@clinic, false, false",
			"@clinic@mastodon.social, true, false", "mastodon:@clinic@mastodon.social, true, false",
			"clinic@mastodon.social, true, false", "bluesky, false, false", "@, false, false", "x:, false, false",
			"@clinicx, false, false", "threads:@clinic, false, false" })
	void matchesByNetworkHandleOrBoth(String name, boolean mastodon, boolean x) {
		assertThat(ImportRows.matches(name, MASTODON)).as("mastodon").isEqualTo(mastodon);
		assertThat(ImportRows.matches(name, X)).as("x").isEqualTo(x);
	}

}
