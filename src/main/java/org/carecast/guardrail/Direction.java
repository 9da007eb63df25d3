package org.carecast.guardrail;

/**
 * Which way the text travels: written by the organization, or received from the public.
 */
public enum Direction {

	OUTBOUND_POST, OUTBOUND_REPLY, INBOUND;

	public boolean isOutbound() {
		return this != INBOUND;
	}

}
