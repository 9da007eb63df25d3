package org.carecast.channels.oauth;

import java.net.URI;

import org.carecast.channels.AuthorizationRequest;
import org.carecast.channels.ChannelConnector;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;

/**
 * How one network connects an account and keeps it connected: the OAuth half of
 * {@link ChannelConnector}, with the same contract for each method. Kept apart so a
 * connector does not restate it method by method (see {@link LoginConnector}).
 */
public interface ChannelLogin {

	URI authorizationUrl(AuthorizationRequest request);

	ChannelCredentials exchangeCode(ChannelEndpoint endpoint, String code, URI redirectUri, String codeVerifier);

	ChannelCredentials refresh(ChannelEndpoint endpoint, ChannelCredentials credentials);

	void revoke(ChannelEndpoint endpoint, ChannelCredentials credentials);

}
