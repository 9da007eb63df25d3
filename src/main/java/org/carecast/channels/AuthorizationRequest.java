package org.carecast.channels;

import java.net.URI;

/**
 * What a connector needs to build the URL that sends a person to the network to grant
 * access (OAuth 2.0 authorization-code grant with PKCE S256 where the network supports
 * it).
 *
 * @param endpoint the network's API and the registered app
 * @param redirectUri Carecast's callback, registered with the network
 * @param state an unguessable value Carecast checks on the callback
 * @param codeChallenge the PKCE S256 challenge of a verifier Carecast keeps
 */
public record AuthorizationRequest(ChannelEndpoint endpoint, URI redirectUri, String state, String codeChallenge) {

	@Override
	public String toString() {
		return "AuthorizationRequest[" + this.endpoint + ", " + this.redirectUri + "]";
	}

}
