package org.carecast.inbox.internal;

import org.carecast.shared.jdbc.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.InboundKind;
import org.carecast.guardrail.TriageLabel;
import org.carecast.inbox.InboxItem;
import org.carecast.inbox.InboxPriority;
import org.carecast.inbox.InboxStatus;
import org.carecast.inbox.ModerationReason;
import org.carecast.inbox.ModerationState;

import org.springframework.jdbc.core.RowMapper;

/**
 * Reads {@code inbox_item} rows, and writes the list columns that are stored as text
 * (labels, reasons, findings).
 */
final class InboxItemRows implements RowMapper<InboxItem> {

	static final String COLUMNS = "id, organization_id, account_id, network, kind, remote_id, author_handle, "
			+ "author_name, body, created_at, received_at, in_reply_to, root_post_remote_id, conversation_id, url, "
			+ "labels, label_reasons, phi_found, misinformation_found, conduct_found, findings_summary, priority, "
			+ "sla_due_at, status, assignee_id, assignee_name, moderation, moderation_reason, legal_hold, "
			+ "text_purged, version";

	static final InboxItemRows INSTANCE = new InboxItemRows();

	/** Separates reasons and findings; plain-language reasons never contain it. */
	static final String LINE = "\n";

	@Override
	public InboxItem mapRow(ResultSet rs, int rowNum) throws SQLException {
		String reason = rs.getString("moderation_reason");
		return new InboxItem(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getObject("account_id", UUID.class), ChannelNetwork.valueOf(rs.getString("network")),
				InboundKind.valueOf(rs.getString("kind")), rs.getString("remote_id"), rs.getString("author_handle"),
				rs.getString("author_name"), rs.getString("body"), Timestamps.read(rs, "created_at"),
				Timestamps.read(rs, "received_at"), rs.getString("in_reply_to"), rs.getString("root_post_remote_id"),
				rs.getString("conversation_id"), rs.getString("url"), labels(rs.getString("labels")),
				lines(rs.getString("label_reasons")), rs.getBoolean("phi_found"), rs.getBoolean("misinformation_found"),
				rs.getBoolean("conduct_found"), lines(rs.getString("findings_summary")),
				InboxPriority.values()[rs.getInt("priority")], Timestamps.read(rs, "sla_due_at"),
				InboxStatus.valueOf(rs.getString("status")), rs.getObject("assignee_id", UUID.class),
				rs.getString("assignee_name"), ModerationState.valueOf(rs.getString("moderation")),
				(reason != null) ? ModerationReason.valueOf(reason) : null, rs.getBoolean("legal_hold"),
				rs.getBoolean("text_purged"), rs.getLong("version"));
	}

	static List<TriageLabel> labels(String codes) {
		if (codes == null || codes.isBlank()) {
			return List.of(TriageLabel.OTHER);
		}
		return Arrays.stream(codes.split(",")).map(TriageLabel::valueOf).toList();
	}

	static String codes(List<TriageLabel> labels) {
		return String.join(",", labels.stream().map(Enum::name).toList());
	}

	static List<String> lines(String joined) {
		return (joined == null || joined.isEmpty()) ? List.of() : List.of(joined.split(LINE));
	}

	/** Joined, and cut to the column's size at a line boundary. */
	static String join(List<String> lines, int max) {
		StringBuilder out = new StringBuilder();
		for (String line : lines) {
			String clean = line.replace('\n', ' ').replace('\r', ' ');
			if (out.length() + clean.length() + 1 > max) {
				break;
			}
			if (!out.isEmpty()) {
				out.append(LINE);
			}
			out.append(clean);
		}
		return out.toString();
	}

}
