package org.carecast.inbox.alerts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.carecast.accounts.Organizations;
import org.carecast.channels.ChannelNetwork;
import org.carecast.inbox.InboxItemTriaged;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.stereotype.Component;

/**
 * The words of a crisis alert e-mail. Built from the event alone, which holds no text of
 * the item, so the mail cannot leak what the person wrote or who they are.
 */
@Component
class CrisisAlertMessage {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm zzz",
			Locale.ENGLISH);

	private final Organizations organizations;

	private final String from;

	private final String baseUrl;

	CrisisAlertMessage(Organizations organizations,
			@Value("${carecast.inbox.alerts.from:carecast@localhost}") String from,
			@Value("${carecast.public-base-url:}") String baseUrl) {
		this.organizations = organizations;
		this.from = from;
		this.baseUrl = (baseUrl != null) ? baseUrl.strip().replaceAll("/+$", "") : "";
	}

	SimpleMailMessage to(String address, InboxItemTriaged event) {
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.from);
		mail.setTo(address);
		mail.setSubject("Carecast: crisis item on " + networkName(event.network()));
		mail.setText(text(event));
		return mail;
	}

	String text(InboxItemTriaged event) {
		ZoneId zone = ZoneId.of(this.organizations.get(event.organizationId()).timeZone());
		String link = this.baseUrl + "/inbox/" + event.itemId();
		return "A crisis item arrived on " + networkName(event.network()) + " at "
				+ TIME.format(event.receivedAt().atZone(zone)) + ". Open it: " + link + "\n\n"
				+ (this.baseUrl.isEmpty() ? "(Open Carecast and go to the path above.)\n\n" : "")
				+ "Follow your crisis protocol. This e-mail holds nothing of the item itself: sign in to read it.\n";
	}

	static String networkName(ChannelNetwork network) {
		return switch (network) {
			case X -> "X";
			case LINKEDIN -> "LinkedIn";
			default -> network.code().substring(0, 1).toUpperCase(Locale.ROOT) + network.code().substring(1);
		};
	}

}
