package org.carecast.publishing.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.carecast.channels.ChannelNetwork;
import org.carecast.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImageRulesTests {

	private static final String ALT = "Nurse giving a flu shot to an adult in a clinic room";

	private final ImageRules rules = new ImageRules(new PublishingProperties(null));

	@Test
	void imagesEveryNetworkTakesPass() {
		List<ImageRules.Candidate> images = List.of(image(1, ImageFormat.JPEG, 1_500_000, ALT),
				image(2, ImageFormat.JPEG, 900_000, ALT));
		assertThatCode(() -> this.rules.check(images, Set.of(ChannelNetwork.values()))).doesNotThrowAnyException();
	}

	@Test
	void altTextIsRequiredEvenWithoutNetworks() {
		assertThatThrownBy(() -> this.rules
			.check(List.of(image(1, ImageFormat.PNG, 100, ALT), image(2, ImageFormat.PNG, 100, "  \n ")), Set.of()))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("Describe image 2")
			.hasMessageContaining("alt text is required");
	}

	@Test
	void instagramTakesJpegOnly() {
		assertThatThrownBy(
				() -> this.rules.check(List.of(image(1, ImageFormat.PNG, 100, ALT)), Set.of(ChannelNetwork.INSTAGRAM)))
			.hasMessage("Instagram takes JPEG images only; image 1 is PNG.");
		assertThatCode(
				() -> this.rules.check(List.of(image(1, ImageFormat.PNG, 100, ALT)), Set.of(ChannelNetwork.MASTODON)))
			.doesNotThrowAnyException();
	}

	@Test
	void eachNetworksSizeLimitHoldsToTheByte() {
		assertThatCode(() -> this.rules.check(List.of(image(1, ImageFormat.JPEG, 2_000_000, ALT)),
				Set.of(ChannelNetwork.BLUESKY)))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> this.rules.check(List.of(image(1, ImageFormat.JPEG, 2_000_001, ALT)),
				Set.of(ChannelNetwork.BLUESKY)))
			.hasMessage("Bluesky takes images up to 2.0 MB; image 1 is 2.0 MB (2,000,001 bytes).");
		assertThatThrownBy(() -> this.rules.check(List.of(image(1, ImageFormat.JPEG, 4_500_000, ALT)),
				Set.of(ChannelNetwork.MASTODON, ChannelNetwork.FACEBOOK)))
			.hasMessageStartingWith("Facebook takes images up to 4.0 MB");
	}

	@Test
	void countIsTheSmallestOfTheChosenNetworks() {
		List<ImageRules.Candidate> five = List.of(image(1, ImageFormat.JPEG, 10, ALT),
				image(2, ImageFormat.JPEG, 10, ALT), image(3, ImageFormat.JPEG, 10, ALT),
				image(4, ImageFormat.JPEG, 10, ALT), image(5, ImageFormat.JPEG, 10, ALT));
		assertThatCode(() -> this.rules.check(five, Set.of(ChannelNetwork.THREADS, ChannelNetwork.INSTAGRAM)))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> this.rules.check(five, Set.of(ChannelNetwork.THREADS, ChannelNetwork.X)))
			.hasMessage("X takes at most 4 images on a post; this post has 5.");
	}

	@Test
	void altTextLengthPerNetworkAndTheMessageNeverQuotesIt() {
		String secret = "Mrs Dolores Whitcombe in bed 12 ".repeat(50).substring(0, 1501);
		assertThatThrownBy(() -> this.rules.check(List.of(image(1, ImageFormat.JPEG, 10, secret)),
				Set.of(ChannelNetwork.MASTODON)))
			.hasMessage("Mastodon takes alt text up to 1500 characters; image 1's has 1501.")
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("Whitcombe"));
	}

	@Test
	void overridesChangeOnlyWhatTheySay() {
		ImageRules custom = new ImageRules(
				new PublishingProperties(Map.of(ChannelNetwork.X, new PublishingProperties.MediaOverride(null, 2))));
		assertThat(custom.limits(ChannelNetwork.X).maxCount()).isEqualTo(2);
		assertThat(custom.limits(ChannelNetwork.X).maxBytes()).isEqualTo(5_000_000);
		assertThat(custom.limits(ChannelNetwork.BLUESKY)).isEqualTo(MediaLimits.defaults(ChannelNetwork.BLUESKY));
	}

	@Test
	void newUploadsAreReadByContentNotName() {
		assertThat(ImageRules.format(1, TestImages.png())).isEqualTo(ImageFormat.PNG);
		assertThatThrownBy(() -> ImageRules.format(3, "<?php echo 1; ?>".getBytes()))
			.hasMessageStartingWith("Image 3 is not a JPEG, PNG, GIF or WebP image.");
		assertThatThrownBy(() -> ImageRules.format(1, new byte[0])).hasMessageContaining("empty file");
		assertThatThrownBy(() -> ImageRules.format(1, TestImages.jpegOfSize((int) MediaLimits.UPLOAD_LIMIT + 1)))
			.hasMessageContaining("Carecast takes images up to 16.8 MB");
	}

	private static ImageRules.Candidate image(int number, ImageFormat format, long size, String alt) {
		return new ImageRules.Candidate(number, format, size, alt);
	}

}
