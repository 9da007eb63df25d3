package org.carecast.inbox.internal;

import java.time.Duration;
import java.time.Instant;

import org.carecast.inbox.InboxPriority;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * When an item's first answer is due: its arrival plus its priority's time, as this
 * installation configures it ({@code carecast.inbox.sla.*}).
 */
@Component
@EnableConfigurationProperties(InboxProperties.class)
public class SlaPolicy {

	private final InboxProperties properties;

	SlaPolicy(InboxProperties properties) {
		this.properties = properties;
	}

	public Instant dueAt(InboxPriority priority, Instant receivedAt) {
		return receivedAt.plus(this.properties.sla().of(priority));
	}

	public Duration dueSoon() {
		return this.properties.dueSoon();
	}

}
