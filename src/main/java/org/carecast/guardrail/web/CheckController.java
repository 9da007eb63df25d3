package org.carecast.guardrail.web;

import java.util.List;
import java.util.Optional;

import org.carecast.guardrail.Direction;
import org.carecast.guardrail.Finding;
import org.carecast.guardrail.FindingFix;
import org.carecast.guardrail.Network;
import org.carecast.guardrail.OrganizationScanner;
import org.carecast.guardrail.Report;
import org.carecast.shared.ActorPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The Check page: paste a text, see what the guardrail finds as you type (htmx posts the
 * form after a pause and replaces only the results), and fix findings with one click (a
 * normal form post that returns the page with the fixed text). Texts are never stored;
 * they travel in the request body only, never in a URL.
 */
@Controller
class CheckController {

	private final OrganizationScanner scanner;

	CheckController(OrganizationScanner scanner) {
		this.scanner = scanner;
	}

	@GetMapping("/check")
	String page(Model model) {
		model.addAttribute("text", "");
		model.addAttribute("network", Network.FACEBOOK.code());
		model.addAttribute("direction", "outbound_post");
		addChoices(model);
		return "guardrail/check";
	}

	@PostMapping("/check")
	String check(@AuthenticationPrincipal ActorPrincipal me, @RequestParam(defaultValue = "") String text,
			@RequestParam(defaultValue = "facebook") String network,
			@RequestParam(defaultValue = "outbound_post") String direction, @RequestParam(required = false) Integer fix,
			@RequestParam(required = false) String fixAll,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Optional<Network> chosenNetwork = ScanRequests.network(network);
		Optional<Direction> chosenDirection = ScanRequests.direction(direction);
		model.addAttribute("network", chosenNetwork.map(Network::code).orElse(Network.FACEBOOK.code()));
		model.addAttribute("direction", chosenDirection.isPresent() ? direction : "outbound_post");
		addChoices(model);
		if (text.length() > ScanRequests.MAX_TEXT) {
			model.addAttribute("text", text);
			model.addAttribute("problem", "The text is longer than 100,000 characters. Check it in parts.");
			return (htmx != null) ? "guardrail/check :: results" : "guardrail/check";
		}
		Direction scanDirection = chosenDirection.orElse(Direction.OUTBOUND_POST);
		Network scanNetwork = chosenNetwork.orElse(Network.FACEBOOK);
		Report report = this.scanner.scan(me.actor().organizationId(), text, scanDirection, scanNetwork, List.of());
		String checked = text;
		if (fixAll != null) {
			checked = report.redactedText();
		}
		else if (fix != null && fix >= 1 && fix <= report.findings().size()) {
			checked = redactOne(text, report.findings().get(fix - 1));
		}
		if (!checked.equals(text)) {
			report = this.scanner.scan(me.actor().organizationId(), checked, scanDirection, scanNetwork, List.of());
			model.addAttribute("notice", "Fixed. The text below has been checked again.");
		}
		model.addAttribute("text", checked);
		model.addAttribute("report", report);
		model.addAttribute("highlighted", HighlightedText.of(checked, report.findings()));
		model.addAttribute("findings", FindingView.of(report.findings()));
		return (htmx != null) ? "guardrail/check :: results" : "guardrail/check";
	}

	static String redactOne(String text, Finding finding) {
		return FindingFix.apply(text, finding);
	}

	private static void addChoices(Model model) {
		model.addAttribute("networks",
				List.of(new Choice("facebook", "Facebook"), new Choice("instagram", "Instagram"), new Choice("x", "X"),
						new Choice("mastodon", "Mastodon"), new Choice("bluesky", "Bluesky"),
						new Choice("linkedin", "LinkedIn"), new Choice("threads", "Threads")));
		model.addAttribute("directions", List.of(new Choice("outbound_post", "A post we publish"),
				new Choice("outbound_reply", "A reply we send"), new Choice("inbound", "Something we received")));
	}

	record Choice(String value, String label) {
	}

	static String fixLabelFor(Finding finding) {
		return FindingFix.label(finding);
	}

	/** A finding as the page shows it, numbered from 1 like the marks in the text. */
	record FindingView(int number, String checkLabel, String type, String severityCode, String severityLabel,
			String message, String suggestion, String explanation, String rule, String fixLabel) {

		static List<FindingView> of(List<Finding> findings) {
			List<FindingView> views = new java.util.ArrayList<>();
			for (int i = 0; i < findings.size(); i++) {
				Finding f = findings.get(i);
				String severity = f.severity().name().toLowerCase(java.util.Locale.ROOT);
				String label = switch (f.severity()) {
					case BLOCK -> "Blocks";
					case REVIEW -> "Needs review";
					default -> "Advice";
				};
				views.add(new FindingView(i + 1, ScanRequests.label(f.check()), f.type(), severity, label, f.message(),
						f.suggestion(), f.explanation(), f.rule(), fixLabelFor(f)));
			}
			return views;
		}

	}

}
