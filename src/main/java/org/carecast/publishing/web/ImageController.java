package org.carecast.publishing.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.UUID;

import org.carecast.publishing.internal.PostMediaRepository;
import org.carecast.publishing.internal.PostMediaRepository.Content;
import org.carecast.shared.ActorPrincipal;
import org.carecast.shared.ResourceNotFoundException;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A post's images: for the organization's people, and at an unguessable public address
 * for the networks that fetch images themselves (Instagram, Threads). The public address
 * works without signing in, only for approved posts, and answers a wrong token exactly
 * like an image that does not exist.
 */
@Controller
class ImageController {

	private final PostMediaRepository media;

	ImageController(PostMediaRepository media) {
		this.media = media;
	}

	@GetMapping("/posts/{id}/images/{imageId}")
	@PreAuthorize(PostsController.READERS)
	ResponseEntity<byte[]> image(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id,
			@PathVariable UUID imageId) {
		Content content = this.media.content(me.actor().organizationId(), id, imageId)
			.orElseThrow(() -> new ResourceNotFoundException("Image"));
		return body(content, CacheControl.noStore());
	}

	@GetMapping("/media/{id}/{token}")
	ResponseEntity<byte[]> publicImage(@PathVariable UUID id, @PathVariable String token) {
		Content content = this.media.fetchable(id)
			.filter((c) -> MessageDigest.isEqual(c.publicToken().getBytes(StandardCharsets.US_ASCII),
					token.getBytes(StandardCharsets.US_ASCII)))
			.orElseThrow(() -> new ResourceNotFoundException("Image"));
		return body(content, CacheControl.noCache());
	}

	private static ResponseEntity<byte[]> body(Content content, CacheControl cache) {
		// The type was read from the file's first bytes when it was stored, so the
		// browser is never asked to guess (and nosniff forbids it anyway).
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(content.mimeType()))
			.cacheControl(cache)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.body(content.bytes());
	}

}
