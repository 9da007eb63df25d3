package org.carecast.publishing.internal;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.carecast.channels.ChannelNetwork;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of scheduled publishing.
 *
 * @param pollingInterval how often every node looks for due posts; a due post goes out
 * within this time (the module promises 5 seconds)
 * @param threads how many deliveries one node sends at once
 * @param media per network, a different largest image or image count than
 * {@link MediaLimits#defaults}, for when a network changes its rules
 * @param heartbeatInterval how often a node marks the deliveries it is sending as alive;
 * a delivery whose node stopped marking it for six intervals (the node crashed or was
 * killed) is taken up again by any node, with the same idempotency key. db-scheduler's
 * own default of 5 minutes would leave such a post unsent for half an hour.
 */
@Validated
@ConfigurationProperties("carecast.publishing")
record PublishingProperties(@NotNull @DefaultValue("1s") Duration pollingInterval,
		@Min(1) @Max(64) @DefaultValue("16") int threads, @NotNull @DefaultValue("10s") Duration heartbeatInterval,
		Map<ChannelNetwork, MediaOverride> media) {

	PublishingProperties {
		media = (media != null) ? Map.copyOf(media) : Map.of();
	}

	/** Either field may be left out to keep the default. */
	record MediaOverride(@Min(1) Long maxBytes, @Min(1) Integer maxCount) {
	}

}
