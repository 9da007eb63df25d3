package org.carecast.publishing.internal;

import java.net.URI;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.carecast.accounts.Organizations;
import org.carecast.channels.ConnectedAccount;
import org.carecast.channels.ChannelNetwork;
import org.carecast.publishing.PostDraft;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Checks each row of an import on its own and turns it into a draft: the send time is
 * read in the organization's time zone (DST resolved as the composer does), accounts are
 * matched by network code or handle, lengths are those of the composer. Messages quote
 * only what cannot be patient data: row numbers and account names that look like handles.
 */
@Component
public class ImportRows {

	/** Formats a send time is accepted in; exports write the first. */
	public static final DateTimeFormatter SEND_AT = strict("uuuu-MM-dd HH:mm");

	/** Strict, so that 30 February is refused rather than quietly read as the 28th. */
	private static final List<DateTimeFormatter> READABLE = List.of(SEND_AT, strict("uuuu-MM-dd'T'HH:mm"),
			strict("uuuu-MM-dd HH:mm:ss"), strict("uuuu-MM-dd'T'HH:mm:ss"));

	private static final Pattern ACCOUNT_SEPARATORS = Pattern.compile("[\\s;,]+");

	private static final Pattern QUOTABLE_NAME = Pattern.compile("[A-Za-z0-9_.:@-]{1,60}");

	private final TargetAccounts accounts;

	private final Organizations organizations;

	private final Clock clock;

	ImportRows(TargetAccounts accounts, Organizations organizations, Clock clock) {
		this.accounts = accounts;
		this.organizations = organizations;
		this.clock = clock;
	}

	/**
	 * A row as read.
	 *
	 * @param draft what would be created; {@code null} when there are errors
	 */
	public record Parsed(int number, @Nullable Instant sendAt, List<ConnectedAccount> accounts, String text,
			@Nullable String consentReference, List<String> errors, @Nullable PostDraft draft) {

		@Override
		public String toString() {
			return "Parsed[" + this.number + ", " + this.errors.size() + " errors]";
		}

	}

	public List<Parsed> parse(UUID organizationId, List<ImportFile.Row> rows) {
		ZoneId zone = ZoneId.of(this.organizations.get(organizationId).timeZone());
		List<ConnectedAccount> available = this.accounts.available(organizationId)
			.stream()
			.filter((a) -> a.status() != ConnectedAccount.Status.DISCONNECTED)
			.toList();
		Instant now = this.clock.instant();
		Map<String, Integer> seen = new HashMap<>();
		List<Parsed> parsed = new ArrayList<>();
		for (ImportFile.Row row : rows) {
			parsed.add(parse(row, zone, available, now, seen));
		}
		return parsed;
	}

	private Parsed parse(ImportFile.Row row, ZoneId zone, List<ConnectedAccount> available, Instant now,
			Map<String, Integer> seen) {
		List<String> errors = new ArrayList<>();
		if (row.extraCells()) {
			errors.add("The row has more cells than the first row names columns. "
					+ "Put cells that contain commas in quotes.");
		}
		Instant sendAt = sendAt(row.get("send_at"), zone, now, errors);
		List<ConnectedAccount> targets = targets(row.get("accounts"), available, errors);
		String text = row.get("text");
		if (text.isEmpty()) {
			errors.add("Write the post's text.");
		}
		else if (text.length() > 10_000) {
			errors.add("The text is longer than 10,000 characters.");
		}
		String link = optional(row, "link", 2000, errors);
		if (link != null && !isWebLink(link)) {
			errors.add("The link must be a web address starting with https:// or http://.");
		}
		String campaign = optional(row, "campaign", 200, errors);
		String topic = optional(row, "topic", 200, errors);
		String consent = optional(row, "consent_reference", 200, errors);
		String sources = optional(row, "sources", 4000, errors);
		if (errors.isEmpty()) {
			String key = sendAt + "\n" + targets.stream().map((a) -> a.id().toString()).sorted().toList() + "\n" + text;
			Integer earlier = seen.putIfAbsent(key, row.number());
			if (earlier != null) {
				errors.add("The same post as row " + earlier + ".");
			}
		}
		PostDraft draft = errors.isEmpty() ? new PostDraft(text, topic, campaign, consent, sources, sendAt,
				targets.stream().map((a) -> new PostDraft.Target(a.id(), null, link, null)).toList()) : null;
		return new Parsed(row.number(), sendAt, targets, text, consent, errors, draft);
	}

	private static @Nullable Instant sendAt(String value, ZoneId zone, Instant now, List<String> errors) {
		if (value.isEmpty()) {
			errors.add("Give a send time (send_at).");
			return null;
		}
		for (DateTimeFormatter format : READABLE) {
			try {
				Instant at = ZonedDateTime.of(LocalDateTime.parse(value, format), zone).toInstant();
				if (!at.isAfter(now)) {
					errors.add("The send time has passed.");
				}
				return at;
			}
			catch (DateTimeException ex) {
				// Try the next format.
			}
		}
		errors.add("Write the send time as year-month-day hour:minute, for example 2026-03-08 14:00.");
		return null;
	}

	private static List<ConnectedAccount> targets(String value, List<ConnectedAccount> available, List<String> errors) {
		Set<ConnectedAccount> targets = new LinkedHashSet<>();
		if (value.isEmpty()) {
			errors.add("Name at least one account (accounts).");
			return List.of();
		}
		for (String name : ACCOUNT_SEPARATORS.split(value)) {
			if (name.isEmpty()) {
				continue;
			}
			List<ConnectedAccount> matches = available.stream().filter((a) -> matches(name, a)).toList();
			String shown = QUOTABLE_NAME.matcher(name).matches() ? "\"" + name + "\"" : "An account name";
			if (matches.isEmpty()) {
				errors.add(shown + " matches no connected account.");
			}
			else if (matches.size() > 1) {
				errors.add(shown + " matches " + matches.size()
						+ " accounts. Name one as network:handle, for example mastodon:@clinic.");
			}
			else {
				targets.add(matches.get(0));
			}
		}
		return List.copyOf(targets);
	}

	/**
	 * A network code ("x"), a handle ("@clinic" or "clinic") or both
	 * ("mastodon:@clinic"); case does not matter.
	 */
	static boolean matches(String name, ConnectedAccount account) {
		String wanted = name.toLowerCase(Locale.ROOT);
		int colon = wanted.indexOf(':');
		if (colon > 0 && ChannelNetwork.fromCode(wanted.substring(0, colon)).isPresent()) {
			return account.network().code().equals(wanted.substring(0, colon))
					&& sameHandle(wanted.substring(colon + 1), account.handle());
		}
		return account.network().code().equals(wanted) || sameHandle(wanted, account.handle());
	}

	private static boolean sameHandle(String wanted, String handle) {
		String a = wanted.startsWith("@") ? wanted.substring(1) : wanted;
		String h = handle.toLowerCase(Locale.ROOT);
		return !a.isEmpty() && (h.startsWith("@") ? h.substring(1) : h).equals(a);
	}

	private static @Nullable String optional(ImportFile.Row row, String column, int limit, List<String> errors) {
		String value = row.get(column);
		if (value.isEmpty()) {
			return null;
		}
		if (value.length() > limit) {
			errors.add("The " + column + " cell is longer than " + String.format(Locale.ROOT, "%,d", limit)
					+ " characters.");
		}
		return value;
	}

	private static DateTimeFormatter strict(String pattern) {
		return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
	}

	private static boolean isWebLink(String link) {
		try {
			URI uri = new URI(link);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

}
