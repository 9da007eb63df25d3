package org.carecast.inbox.web;

import org.carecast.shared.ActorPrincipal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The inbox page's live notices (server-sent events), for the signed-in person's
 * organization only.
 */
@Controller
class InboxEventsController {

	private final InboxNotices notices;

	InboxEventsController(InboxNotices notices) {
		this.notices = notices;
	}

	@GetMapping(path = "/inbox/events", produces = "text/event-stream")
	@PreAuthorize(InboxRoles.READERS)
	SseEmitter events(@AuthenticationPrincipal ActorPrincipal me) {
		return this.notices.connect(me.actor().organizationId());
	}

}
