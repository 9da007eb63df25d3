package org.carecast.channels;

/**
 * One connected account, ready to call the network: where, as which app, and with which
 * credentials.
 */
public record ChannelSession(ChannelEndpoint endpoint, ChannelCredentials credentials) {

	public String accountId() {
		return this.credentials.accountId();
	}

	public String accessToken() {
		return this.credentials.accessToken();
	}

}
