package org.carecast.channels.inbound;

import java.time.Clock;
import java.util.Objects;

import org.carecast.channels.ChannelConnector;
import org.carecast.channels.InboundItemsReceived;
import org.carecast.channels.InboundPage;
import org.carecast.channels.InboundStream;
import org.carecast.channels.internal.RefreshingSession;
import org.carecast.channels.internal.StoredAccount;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One poll of one stream of one account: page after page from the stored cursor, each
 * page handed to the inbox ({@link InboundItemsReceived}, whose listeners run in the same
 * transaction) together with the cursor's move. A node that stops between two pages reads
 * the second page again next time, never skips it; a page read twice is stored once,
 * because the inbox upserts by remote id. No transaction spans a network call.
 */
final class StreamPoll {

	private final InboundCursors cursors;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final int maxPages;

	StreamPoll(InboundCursors cursors, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
			int maxPages) {
		this.cursors = cursors;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.maxPages = maxPages;
	}

	/**
	 * @return how many items were handed over
	 */
	int run(StoredAccount account, ChannelConnector connector, RefreshingSession session, InboundStream stream,
			@Nullable String from) {
		String cursor = from;
		int handed = 0;
		for (int pages = 0; pages < this.maxPages; pages++) {
			String current = cursor;
			InboundPage page = session.call((s) -> connector.readInbound(s, stream, current));
			this.transactions.executeWithoutResult((status) -> {
				if (!page.items().isEmpty()) {
					this.events.publishEvent(new InboundItemsReceived(account.organizationId(), account.id(),
							account.network(), page.items()));
				}
				this.cursors.advance(account.organizationId(), account.id(), stream, page.nextCursor(),
						this.clock.instant());
			});
			handed += page.items().size();
			if (!page.more() || Objects.equals(page.nextCursor(), cursor)) {
				break;
			}
			cursor = page.nextCursor();
		}
		return handed;
	}

}
