package org.carecast.inbox.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.carecast.channels.ChannelNetwork;
import org.carecast.guardrail.Direction;
import org.carecast.guardrail.Finding;
import org.carecast.guardrail.Network;
import org.carecast.guardrail.OrganizationScanner;
import org.carecast.guardrail.Report;
import org.carecast.guardrail.Severity;

import org.springframework.stereotype.Component;

/**
 * Checks a reply before it may be sent, as an outbound reply on the item's network. What
 * the guardrail blocks stops it; so does any health information about a person, whatever
 * severity the organization's policy gives it, because a reply is public and permanent.
 */
@Component
public class ReplyGuard {

	private final OrganizationScanner scanner;

	ReplyGuard(OrganizationScanner scanner) {
		this.scanner = scanner;
	}

	/** The problems that stop the reply, in plain words; empty when it may go. */
	public List<String> problems(UUID organizationId, ChannelNetwork network, String text) {
		Network rules = network.guardrailNetwork().orElse(InboundItemsListener.SANDBOX_STANDIN);
		Report report = this.scanner.scan(organizationId, text, Direction.OUTBOUND_REPLY, rules, List.of());
		LinkedHashSet<String> problems = new LinkedHashSet<>();
		for (Finding f : report.findings()) {
			if (f.severity() == Severity.BLOCK || "phi".equals(f.check())) {
				problems
					.add((f.message() != null && !f.message().isBlank()) ? f.message() : f.check() + ": " + f.type());
			}
		}
		return List.copyOf(problems);
	}

}
