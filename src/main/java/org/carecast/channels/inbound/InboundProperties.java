package org.carecast.channels.inbound;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Inbound settings ({@code carecast.channels.inbound.*}).
 *
 * @param pollInterval how long the cluster waits between two polls of every account; zero
 * turns polling off (webhooks still work)
 * @param maxPagesPerPoll how many pages one poll reads from one stream before it leaves
 * the rest for the next poll
 * @param metaVerifyToken the verify token typed into Meta's App Dashboard for the webhook
 * (from the environment); unset: Meta's verification request is refused
 * @param metaAppSecret the Meta app secret webhook deliveries are signed with (from the
 * environment); unset: the Facebook and Instagram client secrets
 * @param xConsumerSecret the X app's consumer secret, which signs its webhook CRC answers
 * and deliveries (from the environment); unset: X webhooks are refused
 * @param linkedinClientSecret the LinkedIn app's client secret, which signs its webhook
 * challenge answers and deliveries (from the environment); unset: LinkedIn webhooks are
 * refused
 * @param maxWebhookBytes the largest webhook body accepted
 */
@ConfigurationProperties("carecast.channels.inbound")
public record InboundProperties(@Nullable Duration pollInterval, @Nullable Integer maxPagesPerPoll,
		@Nullable String metaVerifyToken, @Nullable String metaAppSecret, @Nullable String xConsumerSecret,
		@Nullable Integer maxWebhookBytes, @Nullable String linkedinClientSecret) {

	public InboundProperties {
		pollInterval = (pollInterval != null) ? pollInterval : Duration.ofMinutes(1);
		maxPagesPerPoll = (maxPagesPerPoll != null && maxPagesPerPoll > 0) ? maxPagesPerPoll : 10;
		maxWebhookBytes = (maxWebhookBytes != null && maxWebhookBytes > 0) ? maxWebhookBytes : 1_000_000;
	}

	public boolean polling() {
		return !this.pollInterval.isZero() && !this.pollInterval.isNegative();
	}

	@Override
	public String toString() {
		return "InboundProperties[poll every " + this.pollInterval + ", " + this.maxPagesPerPoll
				+ " pages, verify token " + ((this.metaVerifyToken == null) ? "unset" : "set") + ", app secret "
				+ ((this.metaAppSecret == null) ? "unset" : "set") + ", X secret "
				+ ((this.xConsumerSecret == null) ? "unset" : "set") + ", LinkedIn secret "
				+ ((this.linkedinClientSecret == null) ? "unset" : "set") + "]";
	}

}
