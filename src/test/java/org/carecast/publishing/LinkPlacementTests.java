package org.carecast.publishing;

import org.carecast.channels.ChannelNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class LinkPlacementTests {

	private static final String LINK = "https://clinic.example/flu";

	@ParameterizedTest
	@EnumSource(value = ChannelNetwork.class,
			names = { "MASTODON", "BLUESKY", "X", "LINKEDIN", "INSTAGRAM", "SANDBOX" })
	void networksWithoutALinkFieldGetTheLinkAtTheEndOfTheText(ChannelNetwork network) {
		assertThat(LinkPlacement.separate(network, false)).isFalse();
		assertThat(LinkPlacement.text("Flu shots this week.  ", LINK, network, false))
			.isEqualTo("Flu shots this week.\n\n" + LINK);
	}

	@ParameterizedTest
	@EnumSource(value = ChannelNetwork.class, names = { "FACEBOOK", "THREADS" })
	void facebookAndThreadsTakeItBesideTheTextUnlessImagesAreAttached(ChannelNetwork network) {
		assertThat(LinkPlacement.separate(network, false)).isTrue();
		assertThat(LinkPlacement.text("Flu shots.", LINK, network, false)).isEqualTo("Flu shots.");
		assertThat(LinkPlacement.separate(network, true)).isFalse();
		assertThat(LinkPlacement.text("Flu shots.", LINK, network, true)).isEqualTo("Flu shots.\n\n" + LINK);
	}

	@Test
	void aLinkAlreadyInTheTextIsNotRepeatedAndNoLinkChangesNothing() {
		assertThat(LinkPlacement.text("Book at " + LINK + " today.", " " + LINK + " ", ChannelNetwork.X, false))
			.isEqualTo("Book at " + LINK + " today.");
		assertThat(LinkPlacement.text("Flu shots.", null, ChannelNetwork.X, false)).isEqualTo("Flu shots.");
		assertThat(LinkPlacement.text("Flu shots.", "  ", ChannelNetwork.X, false)).isEqualTo("Flu shots.");
		assertThat(LinkPlacement.text("", LINK, ChannelNetwork.X, false)).isEqualTo(LINK);
	}

	@Test
	void theCardSaysWhatEachNetworkShows() {
		assertThat(LinkPlacement.card(LINK, ChannelNetwork.MASTODON, false))
			.hasValueSatisfying((c) -> assertThat(c).contains("Link card for clinic.example"));
		assertThat(LinkPlacement.card(LINK, ChannelNetwork.INSTAGRAM, false))
			.hasValueSatisfying((c) -> assertThat(c).contains("not make links in captions clickable"));
		assertThat(LinkPlacement.card(LINK, ChannelNetwork.FACEBOOK, true))
			.hasValueSatisfying((c) -> assertThat(c).contains("images show instead of a link card"));
		assertThat(LinkPlacement.card("not a [url]", ChannelNetwork.X, false))
			.hasValueSatisfying((c) -> assertThat(c).contains("not a [url]"));
		assertThat(LinkPlacement.card(null, ChannelNetwork.X, false)).isEmpty();
	}

}
