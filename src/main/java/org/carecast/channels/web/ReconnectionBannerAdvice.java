package org.carecast.channels.web;

import java.util.List;

import org.carecast.channels.ChannelNeedsReconnection;
import org.carecast.channels.ChannelPublisher;
import org.carecast.channels.ConnectedAccount;
import org.carecast.shared.ActorPrincipal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells an organization's administrators, on every page, which accounts stopped accepting
 * Carecast's authorization ({@link ChannelNeedsReconnection}) until someone connects them
 * again. The banner reads the accounts' state rather than remembering the event, so it
 * survives a restart and goes away by itself once the account is reconnected or removed;
 * the event itself is already in the audit trail, written in the transaction that marked
 * the account.
 */
@ControllerAdvice(annotations = Controller.class)
class ReconnectionBannerAdvice {

	private static final String ADMIN = "ROLE_ADMIN";

	private final ChannelPublisher channels;

	ReconnectionBannerAdvice(ChannelPublisher channels) {
		this.channels = channels;
	}

	@ModelAttribute("accountsToReconnect")
	List<ConnectedAccount> accountsToReconnect() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof ActorPrincipal principal)
				|| authentication.getAuthorities().stream().noneMatch((a) -> ADMIN.equals(a.getAuthority()))) {
			return List.of();
		}
		return this.channels.accounts(principal.actor().organizationId())
			.stream()
			.filter((a) -> a.status() == ConnectedAccount.Status.NEEDS_RECONNECTION)
			.toList();
	}

}
