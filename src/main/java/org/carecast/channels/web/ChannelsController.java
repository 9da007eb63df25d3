package org.carecast.channels.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelPublisher;
import org.carecast.channels.ConnectedAccount;
import org.carecast.channels.internal.AccountConnections;
import org.carecast.channels.internal.ChannelsProperties;
import org.carecast.channels.internal.ConnectionFailedException;
import org.carecast.channels.internal.ConnectorRegistry;
import org.carecast.channels.internal.Disconnections;
import org.carecast.channels.internal.LinkedInPages;
import org.carecast.channels.internal.Networks;
import org.carecast.shared.ActorPrincipal;
import org.carecast.shared.InvalidInputException;
import org.carecast.shared.ResourceNotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The organization's connected accounts. Administrators connect and disconnect them;
 * authors and reviewers see which accounts posts can go to.
 */
@Controller
@RequestMapping("/channels")
class ChannelsController {

	private final ChannelPublisher publisher;

	private final AccountConnections connections;

	private final Disconnections disconnections;

	private final ConnectorRegistry connectors;

	private final ChannelsProperties properties;

	private final LinkedInPages linkedInPages;

	ChannelsController(ChannelPublisher publisher, AccountConnections connections, Disconnections disconnections,
			ConnectorRegistry connectors, ChannelsProperties properties, LinkedInPages linkedInPages) {
		this.publisher = publisher;
		this.connections = connections;
		this.disconnections = disconnections;
		this.connectors = connectors;
		this.properties = properties;
		this.linkedInPages = linkedInPages;
	}

	/**
	 * One connected account as the page lists it, its status in words.
	 *
	 * @param linkedIn whether it is a LinkedIn account, which may act as a Page
	 * @param page the organization URN of the Page it acts as, if any
	 */
	record AccountRow(UUID id, String network, String handle, String status, String statusClass, Instant connectedAt,
			boolean connected, boolean linkedIn, @Nullable String page) {

		static AccountRow of(ConnectedAccount account, Map<UUID, String> pages) {
			return new AccountRow(account.id(), Networks.label(account.network()), account.handle(),
					switch (account.status()) {
						case CONNECTED -> "Connected";
						case NEEDS_RECONNECTION -> "Needs reconnecting by an administrator";
						case DISCONNECTED -> "Disconnected";
					}, switch (account.status()) {
						case CONNECTED -> "ok";
						case NEEDS_RECONNECTION -> "pending";
						case DISCONNECTED -> "off";
					}, account.connectedAt(), account.status() != ConnectedAccount.Status.DISCONNECTED,
					account.network() == ChannelNetwork.LINKEDIN, pages.get(account.id()));
		}

	}

	/** A network an administrator may connect, with the form it needs. */
	record NetworkOption(String code, String label, boolean setUp, boolean asksForServer, boolean appPassword) {
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('ADMIN', 'AUTHOR', 'REVIEWER')")
	String list(@AuthenticationPrincipal ActorPrincipal me, HttpServletRequest request, Model model) {
		UUID organizationId = me.actor().organizationId();
		Map<UUID, String> pages = this.linkedInPages.pages(organizationId);
		model.addAttribute("accounts",
				this.publisher.accounts(organizationId).stream().map((a) -> AccountRow.of(a, pages)).toList());
		model.addAttribute("canManage", request.isUserInRole("ADMIN"));
		model.addAttribute("networks", options());
		return "channels/list";
	}

	/**
	 * Sets or clears the LinkedIn Page an account posts and reads as. Refused input shows
	 * the page again with a 400 and the reason beside the field, storing nothing.
	 */
	@PostMapping("/{id}/linkedin-page")
	@PreAuthorize("hasRole('ADMIN')")
	String linkedInPage(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id,
			@RequestParam(required = false) String organization, HttpServletRequest request,
			HttpServletResponse response, Model model, RedirectAttributes redirect) {
		try {
			String urn = this.linkedInPages.choose(me.actor(), id, organization);
			redirect.addFlashAttribute("notice",
					(urn != null) ? "The LinkedIn account now posts and reads as the Page " + urn + "."
							: "The LinkedIn account posts as the member again, not as a Page.");
			return "redirect:/channels";
		}
		catch (LinkedInPages.NotAPageException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("pageError", ex.getMessage());
			model.addAttribute("pageErrorAccount", id);
			return list(me, request, model);
		}
		catch (InvalidInputException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problem", ex.getMessage());
			return list(me, request, model);
		}
	}

	@PostMapping("/connect/{network}")
	@PreAuthorize("hasRole('ADMIN')")
	String connect(@AuthenticationPrincipal ActorPrincipal me, @PathVariable String network,
			@RequestParam(required = false) String host, @RequestParam(required = false) String identifier,
			@RequestParam(required = false) String appPassword, RedirectAttributes redirect) {
		ChannelNetwork chosen = network(network);
		try {
			if (this.connections.signsInWithAppPassword(chosen)) {
				ConnectedAccount account = this.connections.signIn(me.actor(), chosen, identifier, appPassword);
				redirect.addFlashAttribute("notice", connectedNotice(account));
				return "redirect:/channels";
			}
			URI authorize = this.connections.start(me.actor(), chosen, host, redirectUri(chosen));
			return "redirect:" + authorize;
		}
		catch (ConnectionFailedException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
			return "redirect:/channels";
		}
	}

	@GetMapping("/callback/{network}")
	@PreAuthorize("hasRole('ADMIN')")
	String callback(@AuthenticationPrincipal ActorPrincipal me, @PathVariable String network,
			@RequestParam(required = false) String state, @RequestParam(required = false) String code,
			@RequestParam(required = false) String error, RedirectAttributes redirect) {
		ChannelNetwork chosen = network(network);
		try {
			ConnectedAccount account = this.connections.complete(me.actor(), chosen, state, code, error);
			redirect.addFlashAttribute("notice", connectedNotice(account));
		}
		catch (ConnectionFailedException ex) {
			redirect.addFlashAttribute("problem", ex.getMessage());
		}
		// Back to a clean address, so the code does not stay in the address bar.
		return "redirect:/channels";
	}

	@PostMapping("/{id}/disconnect")
	@PreAuthorize("hasRole('ADMIN')")
	String disconnect(@AuthenticationPrincipal ActorPrincipal me, @PathVariable UUID id, RedirectAttributes redirect) {
		boolean revoked = this.disconnections.disconnect(me.actor(), id);
		redirect.addFlashAttribute("notice",
				revoked ? "Disconnected. Carecast deleted the account's tokens and the network revoked them."
						: "Disconnected. Carecast deleted the account's tokens; the network did not confirm "
								+ "revoking them, so also remove Carecast in the network's own settings.");
		return "redirect:/channels";
	}

	private List<NetworkOption> options() {
		return this.connectors.available()
			.stream()
			.map((n) -> new NetworkOption(n.code(), Networks.label(n), this.connections.isSetUp(n),
					AccountConnections.asksForServer(n), this.connections.signsInWithAppPassword(n)))
			.toList();
	}

	private URI redirectUri(ChannelNetwork network) {
		String path = "/channels/callback/" + network.code();
		if (this.properties.callbackBaseUrl() != null) {
			String base = this.properties.callbackBaseUrl().toString();
			return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUri();
	}

	private static ChannelNetwork network(String code) {
		return ChannelNetwork.fromCode(code).orElseThrow(() -> new ResourceNotFoundException("Network"));
	}

	private static String connectedNotice(ConnectedAccount account) {
		return "Connected the " + Networks.label(account.network()) + " account " + account.handle() + ".";
	}

}
