package org.carecast.inbox.web;

/**
 * Who uses the inbox: responders and administrators work in it; reviewers may read it
 * (they follow up on myths and adverse events) but change nothing.
 */
final class InboxRoles {

	static final String READERS = "hasAnyRole('ADMIN','RESPONDER','REVIEWER')";

	static final String RESPONDERS = "hasAnyRole('ADMIN','RESPONDER')";

	private InboxRoles() {
	}

}
