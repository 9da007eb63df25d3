package org.carecast.publishing.internal;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the internet reaches this Carecast, for the networks that fetch images themselves
 * (Instagram and Threads): they get {@code <public-base-url>/media/{id}/{token}}. Without
 * it those networks refuse posts with images, with a message that says why.
 *
 * @param publicBaseUrl for example {@code https://carecast.example.org}; the
 * {@code /media/} path below it must be reachable from the internet without signing in
 */
@ConfigurationProperties("carecast")
record PublicAddress(@Nullable URI publicBaseUrl) {

	Optional<URI> imageUrl(UUID id, String token) {
		if (this.publicBaseUrl == null || this.publicBaseUrl.toString().isBlank()) {
			return Optional.empty();
		}
		String base = this.publicBaseUrl.toString().replaceAll("/+$", "");
		return Optional.of(URI.create(base + "/media/" + id + "/" + token));
	}

}
