package org.carecast.channels.oauth;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.carecast.channels.ChannelEndpoint;

/**
 * Form and query encoding, and the web host next to an {@code api.} host, as the X and
 * LinkedIn clients need them. Spaces become {@code %20}, which every server reads, where
 * {@code +} is not read as a space in a path.
 */
public final class WebForms {

	private WebForms() {
	}

	/** Percent-encodes a value (or a URN in a path), spaces as {@code %20}. */
	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/**
	 * {@code fields} as a form body or query, in their order so requests are predictable.
	 */
	public static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
	}

	/**
	 * The host people's browsers go to: the API host with its {@code api.} label replaced
	 * by {@code webLabel} ({@code api.x.com} with {@code ""} becomes {@code x.com},
	 * {@code api.linkedin.com} with {@code "www."} becomes {@code www.linkedin.com}). Any
	 * other base (a stub) is used as is.
	 */
	public static String webBase(ChannelEndpoint endpoint, String webLabel) {
		URI base = endpoint.baseUrl();
		String host = base.getHost();
		if (host == null || !host.startsWith("api.")) {
			return endpoint.resolve("").toString();
		}
		return base.getScheme() + "://" + webLabel + host.substring(4);
	}

}
