package org.carecast.channels.internal;

import java.time.Clock;
import java.util.function.Function;

import org.carecast.channels.AuthorizationExpiredException;
import org.carecast.channels.ChannelConnector;
import org.carecast.channels.ChannelSession;

/**
 * A stored account opened for a series of calls that are not publishes (reads,
 * moderation, messages), with platform-apis.md §0.2's rule on authorization: refresh a
 * token that is about to expire, and after a refusal refresh exactly once before giving
 * up with {@link AuthorizationExpiredException}. Used by one thread, then thrown away.
 */
public final class RefreshingSession {

	private final AccountSessions sessions;

	private final ChannelConnector connector;

	private AccountSessions.Opened opened;

	private boolean refreshed;

	private RefreshingSession(AccountSessions sessions, ChannelConnector connector, AccountSessions.Opened opened) {
		this.sessions = sessions;
		this.connector = connector;
		this.opened = opened;
	}

	/**
	 * @throws AuthorizationExpiredException when the account has no usable credentials
	 */
	public static RefreshingSession open(AccountSessions sessions, ChannelConnector connector, StoredAccount account,
			Clock clock) {
		RefreshingSession session = new RefreshingSession(sessions, connector, sessions.open(account));
		if (session.opened.session().credentials().expiresWithin(clock.instant(), 60)) {
			try {
				session.refresh();
			}
			catch (AuthorizationExpiredException ex) {
				if (session.opened.session().credentials().expiresWithin(clock.instant(), 0)) {
					throw ex;
				}
				// No refresh for this account; the token still works for a moment.
			}
		}
		return session;
	}

	public <T> T call(Function<ChannelSession, T> call) {
		try {
			return call.apply(this.opened.session());
		}
		catch (AuthorizationExpiredException ex) {
			if (this.refreshed) {
				throw ex;
			}
			refresh();
			return call.apply(this.opened.session());
		}
	}

	private void refresh() {
		this.refreshed = true;
		this.opened = this.sessions.refresh(this.opened, this.connector);
	}

}
