package org.carecast.channels;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.carecast.channels.internal.AccountConnections;
import org.carecast.channels.internal.AccountLinker;
import org.carecast.channels.internal.ChannelsProperties;
import org.carecast.channels.linkedin.LinkedInConnector;
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

	private final AccountLinker linker;

	private final ChannelsProperties properties;

	public ChannelTestAccounts(AccountConnections connections, AccountLinker linker, ChannelsProperties properties) {
		this.connections = connections;
		this.linker = linker;
		this.properties = properties;
	}

	/**
	 * A LinkedIn member account of the actor's organization, stored as the sign-in stores
	 * it (LinkedIn itself is not called).
	 */
	public UUID connectLinkedInId(Actor actor) {
		String person = "urn:li:person:" + UUID.randomUUID().toString().substring(0, 8);
		return this.linker
			.link(actor.organizationId(), actor, actor.displayName(), ChannelNetwork.LINKEDIN,
					this.properties.endpoint(ChannelNetwork.LINKEDIN),
					new ChannelCredentials("AQV-test-token-" + UUID.randomUUID(), null,
							Instant.now().plusSeconds(86400), person, "Test Member",
							Map.of(LinkedInConnector.PERSON_URN, person)))
			.id();
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
