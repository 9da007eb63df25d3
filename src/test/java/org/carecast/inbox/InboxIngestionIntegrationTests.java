package org.carecast.inbox;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.accounts.Role;
import org.carecast.guardrail.TriageLabel;
import org.carecast.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@RecordApplicationEvents
class InboxIngestionIntegrationTests extends InboxIntegrationSupport {

	@Test
	void anItemDeliveredTwiceIsStoredOnceAndUpdated(ApplicationEvents recorded) {
		arrive(comment("c-1", "When is the clinic open?"), comment("c-1", "When is the clinic open? [appointment]"));
		arrive(comment("c-1", "Edited: when is the clinic open on Sunday? [medical_question]"));

		assertThat(rows("c-1")).isEqualTo(1);
		InboxItem item = item("c-1");
		assertThat(item.text()).startsWith("Edited:");
		assertThat(item.labels()).containsExactly(TriageLabel.MEDICAL_QUESTION);
		assertThat(item.priority()).isEqualTo(InboxPriority.NORMAL);
		assertThat(labelRows(item.id())).containsExactly("MEDICAL_QUESTION");
		List<InboxItemTriaged> events = recorded.stream(InboxItemTriaged.class)
			.filter((e) -> e.itemId().equals(item.id()))
			.toList();
		assertThat(events).extracting(InboxItemTriaged::firstTime).containsExactly(true, false);
	}

	@Test
	void aClosedItemDeliveredAgainStaysClosedWithItsNotes() {
		arrive(comment("c-2", "Thanks for the flu clinic [praise]"));
		InboxItem item = item("c-2");
		this.work.changeStatus(responder(), item.id(), item.version(), InboxStatus.CLOSED, "Thanked them.");

		arrive(comment("c-2", "Thanks for the flu clinic!! [praise]"));

		InboxItem again = item("c-2");
		assertThat(again.status()).isEqualTo(InboxStatus.CLOSED);
		assertThat(this.items.notes(responder(), item.id())).hasSize(1);
		assertThat(rows("c-2")).isEqualTo(1);
	}

	@Test
	void crisisIsUrgentWithTheShortestSlaAndPhiIsHigh() {
		arrive(comment("c-3", "I can't go on [crisis]"), comment("c-4", "I got a rash after my shot [adverse_event]"),
				comment("c-5", "Nice post [praise]"));

		InboxItem crisis = item("c-3");
		assertThat(crisis.priority()).isEqualTo(InboxPriority.URGENT);
		assertThat(Duration.between(crisis.receivedAt(), crisis.slaDueAt())).isEqualTo(Duration.ofMinutes(15));
		assertThat(item("c-4").priority()).isEqualTo(InboxPriority.HIGH);
		assertThat(Duration.between(item("c-5").receivedAt(), item("c-5").slaDueAt())).isEqualTo(Duration.ofHours(72));
	}

	@Test
	void healthDataSharedInTheOpenIsFlaggedWithoutStoringWhatMatched() {
		arrive(comment("c-6", "My name is Maria Lopez, DOB 03/14/1962, MRN 00123456, my diabetes got worse"));

		InboxItem item = item("c-6");
		assertThat(item.phiFound()).isTrue();
		assertThat(item.priority()).isEqualTo(InboxPriority.HIGH);
		assertThat(String.join(" ", item.findings())).startsWith("phi: ")
			.doesNotContain("Maria")
			.doesNotContain("1962")
			.doesNotContain("00123456");
	}

	@Test
	void hostileItemsAreStoredSafely() {
		String huge = "a".repeat(200_000);
		String injection = "x'); drop table inbox_item; --";
		arrive(comment(injection, "Robert'); DROP TABLE inbox_item;-- [spam]"), comment("c-huge", huge),
				comment("c-empty", ""), comment("c-emoji", "💉👍 ünïcödé 漢字 [praise]"));

		assertThat(item(injection).labels()).containsExactly(TriageLabel.SPAM);
		assertThat(item("c-huge").text()).hasSize(65536);
		assertThat(item("c-empty").text()).isEmpty();
		assertThat(item("c-emoji").text()).startsWith("💉👍 ünïcödé 漢字");
		assertThat(item("c-emoji").toString()).doesNotContain("ünïcödé");
	}

	@Test
	void crisisItemsAreNeverClosedInBulkOrAsSpamAndOnlyWithANote() {
		arrive(comment("c-7", "I want to end it [crisis]"), comment("c-8", "Buy cheap pills [spam]"));
		InboxItem crisis = item("c-7");
		UUID other = idOf("c-8");

		InboxWork.BulkResult result = this.work.bulkStatus(responder(), List.of(crisis.id(), other),
				InboxStatus.CLOSED);
		assertThat(result).isEqualTo(new InboxWork.BulkResult(1, 1, 0));
		assertThat(this.work.markSpam(responder(), List.of(crisis.id())).refusedCrisis()).isEqualTo(1);
		assertThatThrownBy(
				() -> this.work.changeStatus(responder(), crisis.id(), crisis.version(), InboxStatus.CLOSED, " "))
			.isInstanceOf(InvalidInputException.class);
		assertThat(item("c-7").status()).isEqualTo(InboxStatus.OPEN);

		this.work.changeStatus(responder(), crisis.id(), crisis.version(), InboxStatus.CLOSED,
				"Called them back; they are safe with family.");
		assertThat(item("c-7").status()).isEqualTo(InboxStatus.CLOSED);
		assertThat(actions(crisis.id())).containsSubsequence("inbox.note.added", "inbox.item.status_changed")
			.doesNotContain("inbox.item.moderated");
	}

	@Test
	void notesAssignmentAndStatusAreAuditedWithoutTheText() {
		arrive(comment("c-9", "Where do I get my records? [appointment]"));
		InboxItem item = item("c-9");
		UUID responderId = this.clinic.person(Role.RESPONDER).account().id();

		this.work.assign(responder(), item.id(), item.version(), responderId);
		this.work.note(responder(), item.id(), "Secret detail about Where do I get my records");
		this.work.changeStatus(responder(), item.id(), item.version() + 1, InboxStatus.WAITING, null);

		assertThat(actions(item.id())).containsExactly("inbox.item.assigned", "inbox.note.added",
				"inbox.item.status_changed");
		List<String> summaries = this.jdbc.sql("select summary from audit_event where resource_id = ?")
			.param(item.id().toString())
			.query(String.class)
			.list();
		assertThat(String.join(" ", summaries)).doesNotContain("records").doesNotContain("Secret");
		assertThat(item("c-9").assigneeId()).isEqualTo(responderId);
		assertThatThrownBy(() -> this.work.assign(responder(), item.id(), item("c-9").version(),
				this.clinic.person(Role.AUTHOR).account().id()))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void emptyOrHugeNotesAndStaleChangesAreRefusedWithoutWritingAnything() {
		arrive(comment("c-11", "Question [medical_question]"));
		InboxItem item = item("c-11");

		assertThatThrownBy(() -> this.work.note(responder(), item.id(), "  \n "))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.work.note(responder(), item.id(), "x".repeat(4001)))
			.isInstanceOf(InvalidInputException.class);
		this.work.changeStatus(responder(), item.id(), item.version(), InboxStatus.WAITING, "First.");
		assertThatThrownBy(
				() -> this.work.changeStatus(responder(), item.id(), item.version(), InboxStatus.CLOSED, "Second."))
			.isInstanceOf(org.carecast.shared.ConflictException.class);
		// The refused change wrote neither its note nor its audit record.
		assertThat(this.items.notes(responder(), item.id())).extracting(InboxNote::body).containsExactly("First.");
		assertThat(actions(item.id())).containsExactly("inbox.note.added", "inbox.item.status_changed");
		assertThat(item("c-11").status()).isEqualTo(InboxStatus.WAITING);
	}

	@Test
	void anotherOrganizationsItemsAreNotFound() {
		arrive(comment("c-10", "Hello [praise]"));
		UUID id = idOf("c-10");
		TestOrganization other = this.organizations.create();

		assertThat(this.items.find(other.id(), id)).isEmpty();
		assertThat(this.items.list(other.admin().actor(), InboxFilter.open())).isEmpty();
		assertThatThrownBy(() -> this.work.note(other.admin().actor(), id, "note"))
			.isInstanceOf(org.carecast.shared.ResourceNotFoundException.class);
	}

	private org.carecast.shared.Actor responder() {
		return this.clinic.person(Role.RESPONDER).actor();
	}

	private long rows(String remoteId) {
		return this.jdbc.sql("select count(*) from inbox_item where organization_id = ? and remote_id = ?")
			.params(this.clinic.id(), remoteId)
			.query(Long.class)
			.single();
	}

	private List<String> labelRows(UUID id) {
		return this.jdbc.sql("select label from inbox_item_label where item_id = ?")
			.param(id)
			.query(String.class)
			.list();
	}

}
