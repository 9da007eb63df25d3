package org.carecast.publishing;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelPublisher;
import org.carecast.channels.ConnectedAccount;
import org.carecast.channels.OutboundPost;
import org.carecast.channels.PublishOutcome;
import org.carecast.channels.PublishedPost;

import static org.assertj.core.api.Assertions.fail;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;

/**
 * Connected accounts for tests, served by a mocked {@link ChannelPublisher}: an account
 * exists only for the organization it was made for, as the real one behaves.
 */
public final class PublishingFixture {

	private final Map<UUID, ConnectedAccount> accounts = new ConcurrentHashMap<>();

	public PublishingFixture(ChannelPublisher publisher) {
		given(publisher.account(any(), any()))
			.willAnswer((inv) -> Optional.ofNullable(this.accounts.get(inv.<UUID>getArgument(1)))
				.filter((a) -> a.organizationId().equals(inv.getArgument(0))));
		given(publisher.accounts(any())).willAnswer((inv) -> this.accounts.values()
			.stream()
			.filter((a) -> a.organizationId().equals(inv.getArgument(0)))
			.toList());
		given(publisher.publish(any(), any(), any(), anyInt(), any()))
			.willAnswer((inv) -> published(inv.getArgument(2)));
	}

	public UUID account(UUID organizationId, ChannelNetwork network) {
		return account(organizationId, network, ConnectedAccount.Status.CONNECTED);
	}

	public UUID account(UUID organizationId, ChannelNetwork network, ConnectedAccount.Status status) {
		UUID id = UUID.randomUUID();
		this.accounts.put(id,
				new ConnectedAccount(id, organizationId, network, "@clinic-" + network.code(), status, Instant.now()));
		return id;
	}

	public static PublishOutcome published(OutboundPost post) {
		return new PublishOutcome.Published(new PublishedPost("remote-" + post.idempotencyKey(),
				URI.create("https://sandbox.example/p/" + post.idempotencyKey()), Instant.now(), Map.of()));
	}

	public static void await(Duration limit, BooleanSupplier condition) {
		long end = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < end) {
			if (condition.getAsBoolean()) {
				return;
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				fail("interrupted");
			}
		}
		fail("condition not met within " + limit);
	}

}
