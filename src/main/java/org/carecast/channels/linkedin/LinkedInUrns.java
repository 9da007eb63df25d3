package org.carecast.channels.linkedin;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URN shapes Carecast reads and writes (platform-apis.md §7.2, §7.4): post URNs
 * ({@code urn:li:share:…}, {@code urn:li:ugcPost:…}), comment URNs
 * ({@code urn:li:comment:(urn:li:activity:…,…)}), and the public feed link of a post.
 */
final class LinkedInUrns {

	private static final Pattern POST = Pattern.compile("urn:li:(?:share|ugcPost):\\d{1,25}+");

	private static final Pattern COMMENTABLE = Pattern.compile("urn:li:(?:share|ugcPost|activity):\\d{1,25}+");

	private static final Pattern COMMENT = Pattern
		.compile("urn:li:comment:\\((urn:li:(?:activity|share|ugcPost):\\d{1,25}+),\\d{1,25}+\\)");

	private LinkedInUrns() {
	}

	static boolean isPost(String urn) {
		return urn != null && POST.matcher(urn).matches();
	}

	/** A post or activity, which comments can be left on. */
	static boolean isCommentable(String urn) {
		return urn != null && COMMENTABLE.matcher(urn).matches();
	}

	static boolean isComment(String urn) {
		return urn != null && COMMENT.matcher(urn).matches();
	}

	/** The post a comment URN sits under, for the comments path and {@code object}. */
	static String commentedObject(String commentUrn) {
		Matcher matcher = COMMENT.matcher(commentUrn);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("not a comment URN");
		}
		return matcher.group(1);
	}

	/**
	 * The first post URN a message names (LinkedIn's 422 duplicate names the original).
	 */
	static Optional<String> postNamedIn(String message) {
		Matcher matcher = POST.matcher((message != null) ? message : "");
		return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
	}

	static URI feedUrl(String urn) {
		return URI.create("https://www.linkedin.com/feed/update/" + urn);
	}

}
