package org.carecast.channels.internal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelNetwork;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Channel settings ({@code carecast.channels.*}). Every network's API address, version
 * and OAuth client can be changed without a release, because networks move them. Secrets
 * (the encryption key, client secrets) come from the environment only and never appear in
 * {@link #toString()}.
 *
 * @param encryptionKey base64 of the 32-byte key that encrypts tokens at rest
 * @param previousKeys older keys that still decrypt, for rotation
 * @param keyFile where demo mode keeps a generated key when none is configured
 * @param callbackBaseUrl the public address of Carecast that networks redirect back to
 * (for example {@code https://carecast.example.org}); unset: taken from the request
 * @param authorizationTimeout how long a started connection may take to come back
 * @param linkedin LinkedIn's API and app, and whether its sign-in asks for Page access
 */
@ConfigurationProperties("carecast.channels")
public record ChannelsProperties(@Nullable String encryptionKey, @Nullable List<String> previousKeys,
		@Nullable Path keyFile, @Nullable URI callbackBaseUrl, @Nullable Duration authorizationTimeout,
		@Nullable NetworkSettings mastodon, @Nullable NetworkSettings bluesky, @Nullable NetworkSettings x,
		@Nullable NetworkSettings facebook, @Nullable NetworkSettings instagram, @Nullable LinkedInSettings linkedin,
		@Nullable NetworkSettings threads, @Nullable Sandbox sandbox) {

	/**
	 * platform-apis.md: where each network's API is and which version Carecast speaks.
	 */
	private static final Map<ChannelNetwork, NetworkSettings> DEFAULTS = Map.of(ChannelNetwork.MASTODON,
			new NetworkSettings(URI.create("https://mastodon.social"), "", null, null), ChannelNetwork.BLUESKY,
			new NetworkSettings(URI.create("https://bsky.social"), "", null, null), ChannelNetwork.X,
			new NetworkSettings(URI.create("https://api.x.com"), "2", null, null), ChannelNetwork.FACEBOOK,
			new NetworkSettings(URI.create("https://graph.facebook.com"), "v25.0", null, null),
			ChannelNetwork.INSTAGRAM,
			new NetworkSettings(URI.create("https://graph.instagram.com"), "v25.0", null, null),
			ChannelNetwork.LINKEDIN, new NetworkSettings(URI.create("https://api.linkedin.com"), "202610", null, null),
			ChannelNetwork.THREADS, new NetworkSettings(URI.create("https://graph.threads.net"), "v1.0", null, null),
			ChannelNetwork.SANDBOX, new NetworkSettings(URI.create("sandbox:local"), "", null, null));

	public ChannelsProperties {
		previousKeys = (previousKeys != null) ? List.copyOf(previousKeys) : List.of();
		keyFile = (keyFile != null) ? keyFile : Path.of("data", "channels-encryption.key");
		authorizationTimeout = (authorizationTimeout != null) ? authorizationTimeout : Duration.ofMinutes(10);
		sandbox = (sandbox != null) ? sandbox : new Sandbox(false);
	}

	/**
	 * One network's API and registered app.
	 *
	 * @param baseUrl API base URL without a trailing slash
	 * @param apiVersion version string for paths or headers
	 * @param clientId the OAuth client id of Carecast's app on the network
	 * @param clientSecret its secret (from the environment only)
	 */
	public record NetworkSettings(@Nullable URI baseUrl, @Nullable String apiVersion, @Nullable String clientId,
			@Nullable String clientSecret) {

		@Override
		public String toString() {
			return "NetworkSettings[" + this.baseUrl + ", version " + this.apiVersion + ", client " + this.clientId
					+ ", secret " + (isBlank(this.clientSecret) ? "none" : "set") + "]";
		}

	}

	/**
	 * LinkedIn's API and registered app, as {@link NetworkSettings}, plus Page mode.
	 *
	 * @param organizationPages whether the sign-in also asks for the organization scopes
	 * ({@code w_organization_social r_organization_social rw_organization_admin}) that
	 * posting and reading as a Page need; off by default, because LinkedIn fails the
	 * whole sign-in when the app is not approved for a scope it asks for
	 */
	public record LinkedInSettings(@Nullable URI baseUrl, @Nullable String apiVersion, @Nullable String clientId,
			@Nullable String clientSecret, boolean organizationPages) {

		NetworkSettings network() {
			return new NetworkSettings(this.baseUrl, this.apiVersion, this.clientId, this.clientSecret);
		}

		@Override
		public String toString() {
			return network() + ", organization pages " + this.organizationPages;
		}

	}

	/**
	 * @param faultInjection lets tests script failures of the sandbox network; never on
	 * in production
	 */
	public record Sandbox(boolean faultInjection) {
	}

	/** The configured endpoint of {@code network}, defaults filled in. */
	public ChannelEndpoint endpoint(ChannelNetwork network) {
		NetworkSettings fallback = DEFAULTS.get(network);
		NetworkSettings configured = configured(network);
		URI baseUrl = (configured != null && configured.baseUrl() != null && !configured.baseUrl().toString().isBlank())
				? configured.baseUrl() : fallback.baseUrl();
		String version = (configured != null && configured.apiVersion() != null) ? configured.apiVersion().strip()
				: fallback.apiVersion();
		String clientId = (configured != null && !isBlank(configured.clientId())) ? configured.clientId().strip() : "";
		String secret = (configured != null && !isBlank(configured.clientSecret())) ? configured.clientSecret() : null;
		return new ChannelEndpoint(baseUrl, version, clientId, secret);
	}

	private @Nullable NetworkSettings configured(ChannelNetwork network) {
		return switch (network) {
			case MASTODON -> this.mastodon;
			case BLUESKY -> this.bluesky;
			case X -> this.x;
			case FACEBOOK -> this.facebook;
			case INSTAGRAM -> this.instagram;
			case LINKEDIN -> (this.linkedin != null) ? this.linkedin.network() : null;
			case THREADS -> this.threads;
			case SANDBOX -> null;
		};
	}

	/** Whether LinkedIn's sign-in asks for the organization (Page) scopes. */
	public boolean linkedinOrganizationPages() {
		return this.linkedin != null && this.linkedin.organizationPages();
	}

	private static boolean isBlank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	@Override
	public String toString() {
		return "ChannelsProperties[encryption key " + (isBlank(this.encryptionKey) ? "none" : "set") + ", "
				+ this.previousKeys.size() + " previous keys, key file " + this.keyFile + ", callback base "
				+ this.callbackBaseUrl + "]";
	}

}
