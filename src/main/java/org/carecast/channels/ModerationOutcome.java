package org.carecast.channels;

/**
 * How a moderation request to a network ended.
 */
public sealed interface ModerationOutcome {

	/** The network did it (or it was already so). */
	record Done() implements ModerationOutcome {
	}

	/**
	 * The network's API cannot do this for this kind of item; {@code reason} says so in
	 * plain words, so the responder can do it in the network's own app.
	 */
	record NotSupported(String reason) implements ModerationOutcome {
	}

	/** The network refused or failed; {@code reason} is its message in plain words. */
	record Failed(String reason) implements ModerationOutcome {
	}

}
