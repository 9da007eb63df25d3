package org.carecast.inbox.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.carecast.accounts.Role;
import org.carecast.accounts.TestSessions;
import org.carecast.guardrail.TriageLabel;
import org.carecast.inbox.InboxFilter;
import org.carecast.inbox.InboxIntegrationSupport;
import org.carecast.inbox.InboxItem;
import org.carecast.inbox.InboxStatus;
import org.carecast.inbox.SlaState;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class InboxListIntegrationTests extends InboxIntegrationSupport {

	@Test
	void crisisComesFirstThenTheOldestAnswerTime() throws Exception {
		arrive(comment("l-1", "Nice [praise]"), comment("l-2", "Rash after shot [adverse_event]"));
		arrive(comment("l-3", "I want to die [crisis]"));

		List<InboxItem> rows = this.items.list(responder(), InboxFilter.open());
		assertThat(rows).extracting(InboxItem::remoteId).containsExactly("l-3", "l-2", "l-1");

		String page = page("/inbox");
		assertThat(page.indexOf("I want to die")).isLessThan(page.indexOf("Rash after shot"));
		assertThat(page).contains("Urgent").contains(">crisis<").contains("Due soon: in 14 min");
	}

	@Test
	void filtersByLabelNetworkPriorityAssigneeAndAnswerTime() throws Exception {
		arrive(comment("f-1", "Help [crisis]"), comment("f-2", "When open? [appointment]"),
				comment("f-3", "Thanks [praise]"), comment("f-4", "Is it safe? [medical_question] [complaint]"));
		InboxItem mine = item("f-2");
		this.work.assign(responder(), mine.id(), mine.version(), this.clinic.person(Role.RESPONDER).account().id());
		this.jdbc.sql("update inbox_item set sla_due_at = ? where id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), idOf("f-3"))
			.update();
		this.jdbc.sql("update inbox_item_label set sla_due_at = ? where item_id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), idOf("f-3"))
			.update();

		assertThat(remoteIds("label=complaint")).containsExactly("f-4");
		assertThat(remoteIds("label=crisis")).containsExactly("f-1");
		assertThat(remoteIds("priority=normal")).containsExactlyInAnyOrder("f-2", "f-4");
		assertThat(remoteIds("assignee=me")).containsExactly("f-2");
		assertThat(remoteIds("assignee=unassigned")).containsExactly("f-1", "f-4", "f-3");
		assertThat(remoteIds("sla=overdue")).containsExactly("f-3");
		assertThat(remoteIds("sla=overdue&label=praise")).containsExactly("f-3");
		assertThat(remoteIds("sla=due_soon")).containsExactly("f-1");
		assertThat(remoteIds("network=sandbox&label=appointment")).containsExactly("f-2");
		assertThat(remoteIds("network=x")).isEmpty();
		assertThat(remoteIds("status=closed")).isEmpty();
		// Nonsense filter values are ignored, not an error page.
		assertThat(remoteIds("label=%27%3B--&priority=%F0%9F%92%89&after=zzz")).hasSize(4);
		assertThat(this.items.slaState(item("f-3"))).isEqualTo(SlaState.OVERDUE);
	}

	@Test
	void pagesFollowTheSortOrderWithoutGapsOrRepeats() {
		for (int i = 0; i < 60; i++) {
			arrive(comment("p-" + i, "Item " + i + ((i % 7 == 0) ? " [crisis]" : " [praise]")));
		}
		List<InboxItem> first = this.items.list(responder(), InboxFilter.open());
		assertThat(first).hasSize(51);
		InboxItem last = first.get(49);
		List<InboxItem> second = this.items.list(responder(), InboxFilter.open()
			.after(new InboxFilter.Cursor(last.priority().ordinal(), last.slaDueAt(), last.id())));
		assertThat(second).hasSize(10);
		assertThat(first.subList(0, 50)).extracting(InboxItem::id)
			.doesNotContainAnyElementsOf(second.stream().map(InboxItem::id).toList());
		assertThat(first.subList(0, 9)).allMatch(InboxItem::isCrisis);
	}

	@Test
	void bulkActionsRefuseCrisisItemsSayingSo() throws Exception {
		arrive(comment("b-1", "Help me [crisis]"), comment("b-2", "Cheap pills [spam]"), comment("b-3", "Hi [other]"));
		MockHttpSession session = TestSessions.signIn(this.mvc, this.clinic.person(Role.RESPONDER));

		this.mvc
			.perform(post("/inbox/bulk").session(session)
				.with(csrf())
				.param("action", "closed")
				.param("ids", idOf("b-1").toString(), idOf("b-2").toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("notice", "1 of 2 items changed."))
			.andExpect(flash().attribute("problem",
					"1 crisis items were left as they were: open each one, answer it, and close it with a note."));
		this.mvc
			.perform(post("/inbox/bulk").session(session)
				.with(csrf())
				.param("action", "assign_me")
				.param("ids", idOf("b-1").toString(), idOf("b-3").toString()))
			.andExpect(flash().attribute("notice", "2 of 2 items changed."));
		this.mvc
			.perform(post("/inbox/bulk").session(session)
				.with(csrf())
				.param("action", "spam")
				.param("ids", idOf("b-3").toString()))
			.andExpect(flash().attribute("notice", "1 of 1 items changed."));
		this.mvc
			.perform(
					post("/inbox/bulk").session(session).param("action", "closed").param("ids", idOf("b-3").toString()))
			.andExpect((result) -> assertThat((Object) result.getFlashMap()).isNull());

		assertThat(item("b-1").status()).isEqualTo(InboxStatus.OPEN);
		assertThat(item("b-1").assigneeName()).isEqualTo(this.clinic.person(Role.RESPONDER).account().displayName());
		assertThat(item("b-2").status()).isEqualTo(InboxStatus.CLOSED);
		assertThat(item("b-3").labels()).containsExactly(TriageLabel.SPAM);
		assertThat(item("b-3").status()).isEqualTo(InboxStatus.CLOSED);
	}

	@Test
	void theEventStreamTellsOfANewItemWithoutItsText() throws Exception {
		MockHttpSession session = TestSessions.signIn(this.mvc, this.clinic.person(Role.RESPONDER));
		MvcResult stream = this.mvc.perform(get("/inbox/events").session(session))
			.andExpect(request().asyncStarted())
			.andReturn();
		MvcResult otherClinic = this.mvc
			.perform(get("/inbox/events")
				.session(TestSessions.signIn(this.mvc, this.organizations.create().person(Role.RESPONDER))))
			.andReturn();

		arrive(comment("s-1", "I am going to kill myself tonight [crisis]"));

		String sent = stream.getResponse().getContentAsString();
		assertThat(sent).contains("event:inbox")
			.contains(idOf("s-1").toString())
			.contains("\"crisis\":true")
			.contains("\"labels\":[\"crisis\"]")
			.doesNotContain("kill")
			.doesNotContain("@pat");
		assertThat(otherClinic.getResponse().getContentAsString()).doesNotContain("event:inbox");
	}

	private List<String> remoteIds(String query) throws Exception {
		String page = page("/inbox?" + query);
		return this.jdbc.sql("select remote_id, id from inbox_item where organization_id = ?")
			.param(this.clinic.id())
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.list()
			.stream()
			.filter((r) -> page.contains("/inbox/" + r[1]))
			.sorted((a, b) -> Integer.compare(page.indexOf("/inbox/" + a[1]), page.indexOf("/inbox/" + b[1])))
			.map((r) -> r[0])
			.toList();
	}

	private String page(String path) throws Exception {
		MockHttpSession session = TestSessions.signIn(this.mvc, this.clinic.person(Role.RESPONDER));
		return this.mvc.perform(get(path).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private org.carecast.shared.Actor responder() {
		return this.clinic.person(Role.RESPONDER).actor();
	}

}
