package org.carecast.channels.oauth;

import java.net.URI;

import org.carecast.channels.AuthorizationRequest;
import org.carecast.channels.ChannelConnector;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelNetwork;

/**
 * A connector whose account connection is entirely its {@link ChannelLogin}: the OAuth
 * methods of the SPI pass straight to it, so each connector states only its network and
 * how it publishes.
 */
public abstract class LoginConnector implements ChannelConnector {

	private final ChannelNetwork network;

	protected LoginConnector(ChannelNetwork network) {
		this.network = network;
	}

	@Override
	public final ChannelNetwork network() {
		return this.network;
	}

	/** The login the OAuth methods go to; the same instance on every call. */
	protected abstract ChannelLogin login();

	@Override
	public final URI authorizationUrl(AuthorizationRequest request) {
		return login().authorizationUrl(request);
	}

	@Override
	public final ChannelCredentials exchangeCode(ChannelEndpoint endpoint, String code, URI redirectUri,
			String codeVerifier) {
		return login().exchangeCode(endpoint, code, redirectUri, codeVerifier);
	}

	@Override
	public final ChannelCredentials refresh(ChannelEndpoint endpoint, ChannelCredentials credentials) {
		return login().refresh(endpoint, credentials);
	}

	@Override
	public final void revoke(ChannelEndpoint endpoint, ChannelCredentials credentials) {
		login().revoke(endpoint, credentials);
	}

}
