package org.carecast.channels;

import java.net.URI;

import org.jspecify.annotations.Nullable;

/**
 * Where and as which registered app Carecast talks to a network: the API base URL (for
 * Mastodon the account's own instance, for Bluesky its PDS), the API version string and
 * the OAuth client. All configurable, because networks move them.
 *
 * @param baseUrl API base URL, without a trailing slash
 * @param apiVersion version string the network wants in paths or headers, blank if none
 * @param clientId OAuth client id, blank where the network has none
 * @param clientSecret OAuth client secret, blank where the network has none
 */
public record ChannelEndpoint(URI baseUrl, String apiVersion, String clientId, @Nullable String clientSecret) {

	public ChannelEndpoint {
		apiVersion = (apiVersion != null) ? apiVersion : "";
		clientId = (clientId != null) ? clientId : "";
	}

	/** The base URL with {@code path} (which starts with a slash) appended. */
	public URI resolve(String path) {
		String base = this.baseUrl.toString();
		if (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		return URI.create(base + path);
	}

	@Override
	public String toString() {
		return "ChannelEndpoint[" + this.baseUrl + ", version " + this.apiVersion + ", client " + this.clientId
				+ ", secret " + ((this.clientSecret != null) ? "set" : "none") + "]";
	}

}
