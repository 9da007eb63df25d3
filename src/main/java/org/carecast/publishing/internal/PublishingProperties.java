package org.carecast.publishing.internal;

import java.util.Map;

import jakarta.validation.constraints.Min;

import org.carecast.channels.ChannelNetwork;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of publishing (the scheduler's own are {@code carecast.scheduler.*}).
 *
 * @param media per network, a different largest image or image count than
 * {@link MediaLimits#defaults}, for when a network changes its rules
 */
@Validated
@ConfigurationProperties("carecast.publishing")
record PublishingProperties(Map<ChannelNetwork, MediaOverride> media) {

	PublishingProperties {
		media = (media != null) ? Map.copyOf(media) : Map.of();
	}

	/** Either field may be left out to keep the default. */
	record MediaOverride(@Min(1) Long maxBytes, @Min(1) Integer maxCount) {
	}

}
