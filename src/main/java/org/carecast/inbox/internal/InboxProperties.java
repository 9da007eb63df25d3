package org.carecast.inbox.internal;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.carecast.inbox.InboxPriority;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the inbox for this installation (every organization on it shares them).
 *
 * @param sla how long each priority may wait for a first answer
 * @param dueSoon an open item whose SLA ends within this time shows as "due soon"
 * @param presence how long "Alex is replying" shows after Alex opened the reply form
 * @param retention how long the text of hidden or deleted items is kept (unless under
 * legal hold)
 */
@Validated
@ConfigurationProperties("carecast.inbox")
public record InboxProperties(@NotNull @DefaultValue Sla sla, @NotNull @DefaultValue("30m") Duration dueSoon,
		@NotNull @DefaultValue("2m") Duration presence, @NotNull @DefaultValue("365d") Duration retention) {

	public record Sla(@NotNull @DefaultValue("15m") Duration urgent, @NotNull @DefaultValue("4h") Duration high,
			@NotNull @DefaultValue("24h") Duration normal, @NotNull @DefaultValue("72h") Duration low) {

		public Duration of(InboxPriority priority) {
			return switch (priority) {
				case URGENT -> this.urgent;
				case HIGH -> this.high;
				case NORMAL -> this.normal;
				case LOW -> this.low;
			};
		}

	}

}
