package org.carecast.channels.internal;

import java.net.URI;
import java.security.SecureRandom;

import org.carecast.channels.AuthorizationExpiredException;
import org.carecast.channels.AuthorizationRequest;
import org.carecast.channels.ChannelConnector;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelException;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ConnectedAccount;
import org.carecast.channels.RateLimitedException;
import org.carecast.channels.RejectedException;
import org.carecast.shared.Actor;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Connects an organization's accounts: the OAuth redirect with state and PKCE S256 and
 * its callback, or, for Bluesky, an identifier and app password. Network calls run
 * outside database transactions; every outcome is audited.
 */
@Service
public class AccountConnections {

	private static final int MAX_CODE_LENGTH = 4096;

	private final ConnectorRegistry connectors;

	private final ChannelsProperties properties;

	private final AuthorizationAttempts attempts;

	private final ServerRegistrations registrations;

	private final AccountLinker linker;

	private final SecureRandom random = new SecureRandom();

	AccountConnections(ConnectorRegistry connectors, ChannelsProperties properties, AuthorizationAttempts attempts,
			ServerRegistrations registrations, AccountLinker linker) {
		this.connectors = connectors;
		this.properties = properties;
		this.attempts = attempts;
		this.registrations = registrations;
		this.linker = linker;
	}

	/** Whether the network's accounts live on a server the person names. */
	public static boolean asksForServer(ChannelNetwork network) {
		return network == ChannelNetwork.MASTODON;
	}

	/**
	 * Whether this installation has what the network needs to connect: a connector and,
	 * for networks with one central app, its client id.
	 */
	public boolean isSetUp(ChannelNetwork network) {
		return this.connectors.find(network).isPresent()
				&& (network == ChannelNetwork.SANDBOX || network == ChannelNetwork.BLUESKY || asksForServer(network)
						|| !this.properties.endpoint(network).clientId().isBlank());
	}

	public boolean signsInWithAppPassword(ChannelNetwork network) {
		return this.connectors.find(network).map(ChannelConnector::signsInWithAppPassword).orElse(false);
	}

	/**
	 * Starts the OAuth redirect: remembers a fresh state and PKCE verifier and returns
	 * the network's authorize URL to send the browser to.
	 */
	public URI start(Actor actor, ChannelNetwork network, @Nullable String serverHost, URI redirectUri) {
		ChannelConnector connector = connector(network);
		if (connector.signsInWithAppPassword()) {
			throw new ConnectionFailedException(
					Networks.label(network) + " connects with a handle and an app password instead.");
		}
		String host = asksForServer(network) ? ServerHosts.normalize(serverHost) : null;
		ChannelEndpoint endpoint = endpoint(actor, connector, host, redirectUri);
		Pkce pkce = Pkce.generate(this.random);
		String state = Pkce.randomValue(this.random);
		this.attempts.save(actor, network, host, state, pkce.verifier(), redirectUri);
		return connector.authorizationUrl(new AuthorizationRequest(endpoint, redirectUri, state, pkce.challenge()));
	}

	/**
	 * Finishes the redirect: checks the state, exchanges the code and stores the account.
	 * @param error the network's {@code error} parameter when the person declined
	 */
	public ConnectedAccount complete(Actor actor, ChannelNetwork network, @Nullable String state, @Nullable String code,
			@Nullable String error) {
		ChannelConnector connector = connector(network);
		AuthorizationAttempts.Attempt attempt = this.attempts.take(actor, network, state)
			.orElseThrow(() -> fail(actor, network, "unknown, used or expired state",
					"This connection attempt has expired or was already used. Start it again."));
		if (error != null || code == null || code.isBlank() || code.length() > MAX_CODE_LENGTH) {
			throw fail(actor, network, (error != null) ? "declined at the network" : "callback without a code",
					Networks.label(network) + " did not grant Carecast access. Nothing was connected.");
		}
		ChannelEndpoint endpoint = endpoint(actor, connector, attempt.serverHost(), attempt.redirectUri());
		ChannelCredentials credentials;
		try {
			credentials = connector.exchangeCode(endpoint, code, attempt.redirectUri(), attempt.codeVerifier());
		}
		catch (ChannelException ex) {
			throw fail(actor, network, "code exchange failed (" + kind(ex) + ")", explain(network, ex));
		}
		return this.linker.link(actor.organizationId(), actor, actor.displayName(), network, endpoint, credentials);
	}

	/** Connects a network that signs in with an identifier and app password (Bluesky). */
	public ConnectedAccount signIn(Actor actor, ChannelNetwork network, String identifier, String appPassword) {
		ChannelConnector connector = connector(network);
		if (!connector.signsInWithAppPassword()) {
			throw new ConnectionFailedException(Networks.label(network) + " connects through its own sign-in page.");
		}
		if (identifier == null || identifier.isBlank() || identifier.length() > 300 || appPassword == null
				|| appPassword.isBlank() || appPassword.length() > 300) {
			throw new ConnectionFailedException("Enter the account's handle or email and an app password.");
		}
		ChannelEndpoint endpoint = this.properties.endpoint(network);
		ChannelCredentials credentials;
		try {
			credentials = connector.signIn(endpoint, identifier.strip(), appPassword.strip());
		}
		catch (ChannelException ex) {
			throw fail(actor, network, "sign-in failed (" + kind(ex) + ")", explain(network, ex));
		}
		return this.linker.link(actor.organizationId(), actor, actor.displayName(), network, endpoint, credentials);
	}

	private ChannelEndpoint endpoint(Actor actor, ChannelConnector connector, @Nullable String host, URI redirectUri) {
		ChannelNetwork network = connector.network();
		if (host == null) {
			if (!isSetUp(network)) {
				throw new ConnectionFailedException(Networks.label(network) + " is not set up on this installation: "
						+ "whoever runs Carecast must register an app with " + Networks.label(network)
						+ " and set carecast.channels." + network.code() + ".client-id and client-secret.");
			}
			return this.properties.endpoint(network);
		}
		try {
			return this.registrations.endpointFor(actor.organizationId(), connector, host, redirectUri);
		}
		catch (ChannelException ex) {
			throw fail(actor, network, "server registration failed (" + kind(ex) + ")", explain(network, ex));
		}
	}

	private ChannelConnector connector(ChannelNetwork network) {
		return this.connectors.find(network)
			.orElseThrow(() -> new ConnectionFailedException(
					"This installation of Carecast cannot connect " + Networks.label(network) + " accounts."));
	}

	private ConnectionFailedException fail(Actor actor, ChannelNetwork network, String auditReason, String message) {
		this.linker.recordFailure(actor, network, auditReason);
		return new ConnectionFailedException(message);
	}

	private static String kind(ChannelException ex) {
		return ex.getClass().getSimpleName().replace("Exception", "");
	}

	private static String explain(ChannelNetwork network, ChannelException ex) {
		String label = Networks.label(network);
		if (ex instanceof RejectedException || ex instanceof AuthorizationExpiredException) {
			return label + " refused: " + ex.getMessage();
		}
		if (ex instanceof RateLimitedException) {
			return label + " asked Carecast to slow down. Try again in a few minutes.";
		}
		return label + " could not be reached just now. Try again in a few minutes.";
	}

}
