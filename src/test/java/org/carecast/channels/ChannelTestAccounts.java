package org.carecast.channels;

import java.net.URI;
import java.util.UUID;

import org.carecast.channels.internal.AccountConnections;
import org.carecast.shared.Actor;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Connects sandbox accounts for tests through the real connect flow (state, PKCE, code
 * exchange). Import it with {@code @Import(ChannelTestAccounts.class)}.
 */
@Component
public class ChannelTestAccounts {

	public static final URI CALLBACK = URI.create("http://localhost/channels/callback/sandbox");

	private final AccountConnections connections;

	public ChannelTestAccounts(AccountConnections connections) {
		this.connections = connections;
	}

	/**
	 * Starts connecting a sandbox account as {@code actor} and returns the callback the
	 * sandbox sends the browser to, with its code and state.
	 */
	public URI startSandbox(Actor actor) {
		return this.connections.start(actor, ChannelNetwork.SANDBOX, null, CALLBACK);
	}

	/** A connected sandbox account of the actor's organization. */
	public ConnectedAccount connectSandbox(Actor actor) {
		URI callback = startSandbox(actor);
		var query = UriComponentsBuilder.fromUri(callback).build().getQueryParams();
		return this.connections.complete(actor, ChannelNetwork.SANDBOX, query.getFirst("state"), query.getFirst("code"),
				null);
	}

	public UUID connectSandboxId(Actor actor) {
		return connectSandbox(actor).id();
	}

}
