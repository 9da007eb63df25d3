package org.carecast.publishing.web;

import org.carecast.publishing.PauseStatus;
import org.carecast.publishing.PublishingPause;
import org.carecast.shared.ActorPrincipal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Every page of a paused organization says so, so nobody wonders why nothing goes out.
 */
@ControllerAdvice(annotations = Controller.class)
class PauseBannerAdvice {

	private final PublishingPause pause;

	PauseBannerAdvice(PublishingPause pause) {
		this.pause = pause;
	}

	@ModelAttribute("publishingPause")
	PauseStatus publishingPause() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal) {
			return this.pause.status(principal.actor().organizationId());
		}
		return null;
	}

}
