package org.carecast.inbox.web;

import java.time.Instant;

import org.carecast.inbox.InboxItem;
import org.carecast.inbox.SlaState;

/**
 * One line of the list: the item, its SLA in words and a short excerpt.
 */
record InboxRow(InboxItem item, SlaState sla, String slaText, String excerpt) {

	static final int EXCERPT = 120;

	static InboxRow of(InboxItem item, SlaState sla, Instant now) {
		String text = item.textPurged() ? "(text removed after the retention period)" : item.text().strip();
		if (text.codePointCount(0, text.length()) > EXCERPT) {
			text = text.substring(0, text.offsetByCodePoints(0, EXCERPT)) + "…";
		}
		return new InboxRow(item, sla, SlaText.of(sla, item.slaDueAt(), now), text);
	}

	@Override
	public String toString() {
		return "InboxRow[" + this.item + "]";
	}

}
