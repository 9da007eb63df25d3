package org.carecast.publishing.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carecast.publishing.Post;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Optimistic locking over HTTP (RFC 9110 13.1.1): a post's ETag is its version; a change
 * must send it in {@code If-Match}. A missing one answers 428 (RFC 6585), a stale one
 * 412, both as problem bodies with a code.
 */
final class PostVersions {

	private static final Pattern ETAG = Pattern.compile("\\s*(?:W/)?\"?(\\d{1,18})\"?\\s*");

	private PostVersions() {
	}

	static String etag(long version) {
		return "\"" + version + "\"";
	}

	static long required(@Nullable String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw problem(HttpStatus.PRECONDITION_REQUIRED, "version_required",
					"Send the post's ETag in If-Match, as read from the post, so that no change is overwritten.");
		}
		Matcher matcher = ETAG.matcher(ifMatch);
		if (!matcher.matches()) {
			throw problem(HttpStatus.PRECONDITION_FAILED, "version_mismatch",
					"If-Match must hold one ETag of the post, such as \"3\".");
		}
		return Long.parseLong(matcher.group(1));
	}

	static void requireCurrent(Post post, long version) {
		if (post.version() != version) {
			throw problem(HttpStatus.PRECONDITION_FAILED, "version_mismatch",
					"The post changed since you read it. Read it again, then repeat the change if it still applies.");
		}
	}

	private static ErrorResponseException problem(HttpStatus status, String code, String detail) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setProperty("code", code);
		return new ErrorResponseException(status, body, null);
	}

}
