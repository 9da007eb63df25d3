package org.carecast.channels.inbound;

/** How a webhook delivery ended, for the HTTP answer. */
public enum WebhookVerdict {

	ACCEPTED, BAD_SIGNATURE, MALFORMED

}
