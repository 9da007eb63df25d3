package org.carecast.inbox;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.carecast.accounts.Role;
import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.accounts.TestSessions;
import org.carecast.audit.AuditQuery;
import org.carecast.audit.AuditRecord;
import org.carecast.audit.AuditTrail;
import org.carecast.inbox.adverse.AdverseEventCsv;
import org.carecast.inbox.adverse.AdverseEventReport;
import org.carecast.inbox.adverse.ReportFields;
import org.carecast.inbox.adverse.ReportFields.Outcome;
import org.carecast.inbox.adverse.ReportFields.ReporterType;
import org.carecast.inbox.adverse.ReportFields.Seriousness;
import org.carecast.inbox.adverse.ReportFields.YesNoUnknown;
import org.carecast.shared.Actor;
import org.carecast.shared.ConflictException;
import org.carecast.shared.InvalidInputException;
import org.carecast.shared.csv.CsvReader;
import org.carecast.shared.csv.CsvWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Adverse-event reports end to end: a responder drafts one from a message on the page,
 * the draft is prefilled and explained, fixing and sending it works only when complete, a
 * sent report is final, the CSV export is formula-safe, and no audit record or URL holds
 * the report's words.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestOrganizations.class)
class AdverseEventReportsIntegrationTests {

	static final String MESSAGE = "My son broke out in hives 20 minutes after his first dose of amoxicillin. "
			+ "We went to the ER. He is fine now. Lot AB1234";

	@Autowired
	MockMvc mvc;

	@Autowired
	AdverseEventReports reports;

	@Autowired
	TestOrganizations fixtures;

	@Autowired
	AuditTrail auditTrail;

	TestOrganization org;

	Actor responder;

	@Autowired
	InboxTestItems inboxItems;

	@Test
	void anotherOrganizationsItemCannotBeReportedFrom() throws Exception {
		TestOrganization other = this.fixtures.create();
		UUID theirs = this.inboxItems.comment(other.id(), UUID.randomUUID(), MESSAGE);
		MockHttpSession session = TestSessions.signIn(this.mvc, this.org.person(Role.RESPONDER));
		this.mvc.perform(post("/inbox/adverse-events").param("item", theirs.toString()).session(session).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.reports.list(this.responder)).isEmpty();
	}

	@BeforeEach
	void organization() {
		this.org = this.fixtures.create();
		this.responder = this.org.person(Role.RESPONDER).actor();
	}

	@Test
	void aResponderDraftsFromAMessageAndSendsTheCompletedReport() throws Exception {
		MockHttpSession session = TestSessions.signIn(this.mvc, this.org.person(Role.RESPONDER));
		UUID item = this.inboxItems.comment(this.org.id(), UUID.randomUUID(), MESSAGE);
		// The report is drafted from the stored item, whatever text the browser sends.
		MvcResult created = this.mvc
			.perform(post("/inbox/adverse-events").param("text", "Something else entirely.")
				.param("item", item.toString())
				.session(session)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = created.getResponse().getRedirectedUrl();
		assertThat(location).doesNotContain("amoxicillin").doesNotContain("hives");
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

		AdverseEventReport draft = this.reports.get(this.responder, id);
		assertThat(draft.sourceItemId()).isEqualTo(item);
		assertThat(draft.fields().productName()).isEqualTo("amoxicillin");
		assertThat(draft.fields().lotNumber()).isEqualTo("AB1234");
		assertThat(draft.fields().reporterType()).isEqualTo(ReporterType.CAREGIVER);
		assertThat(draft.toString()).doesNotContain("amoxicillin").doesNotContain("hives");
		this.mvc.perform(get(location).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Why fields were filled in")))
			.andExpect(content().string(containsString("<legend>Seriousness (ICH E2A): every criterion met</legend>")))
			.andExpect(content().string(containsString("value=\"AB1234\"")));

		// Sending without seriousness names the field next to it; nothing changes.
		this.mvc
			.perform(post(location + "/submit").param("version", "0")
				.param("productName", "amoxicillin")
				.param("eventDescription", "Hives after the first dose.")
				.param("reporterType", "CAREGIVER")
				.param("outcome", "RECOVERED")
				.session(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose the seriousness criteria met")));
		assertThat(this.reports.get(this.responder, id).version()).isZero();

		this.mvc
			.perform(post(location + "/submit").param("version", "0")
				.param("patientIdentifiable", "UNKNOWN")
				.param("contactPermission", "UNKNOWN")
				.param("productName", "amoxicillin")
				.param("lotNumber", "AB1234")
				.param("eventDescription", "Hives after the first dose.")
				.param("reporterType", "CAREGIVER")
				.param("seriousness", "NON_SERIOUS")
				.param("outcome", "RECOVERED")
				.session(session)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		AdverseEventReport sent = this.reports.get(this.responder, id);
		assertThat(sent.status()).isEqualTo(AdverseEventReport.Status.SUBMITTED);
		assertThat(sent.submittedAt()).isNotNull();
		assertThatThrownBy(() -> this.reports.update(this.responder, id, sent.version(), sent.fields()))
			.isInstanceOf(ConflictException.class);

		for (AuditRecord record : this.auditTrail.search(this.org.id(),
				new AuditQuery(null, "adverse_event_report", null, null, null, 0, 20))) {
			assertThat(record.summary()).doesNotContain("amoxicillin").doesNotContain("hives").doesNotContain("AB1234");
		}
		assertThat(this.auditTrail.actions(this.org.id())).contains("adverse_event.drafted", "adverse_event.updated",
				"adverse_event.submitted");
	}

	@Test
	void anotherOrganizationsReportIsNotFound() throws Exception {
		AdverseEventReport draft = this.reports.createFromText(this.responder, null, MESSAGE);
		MockHttpSession stranger = TestSessions.signIn(this.mvc, this.fixtures.create().admin());
		MvcResult result = this.mvc
			.perform(post("/inbox/adverse-events/{id}/submit", draft.id()).param("version", "0")
				.param("productName", "Hijacked")
				.param("eventDescription", "Hijacked")
				.param("reporterType", "OTHER")
				.param("seriousness", "NON_SERIOUS")
				.param("outcome", "UNKNOWN")
				.session(stranger)
				.with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(404);
		assertThat(this.reports.get(this.responder, draft.id()).version()).isZero();
	}

	@Test
	void tamperedChoicesAndEmptyTextAreFieldProblems() throws Exception {
		MockHttpSession session = TestSessions.signIn(this.mvc, this.org.person(Role.RESPONDER));
		this.mvc.perform(post("/inbox/adverse-events").param("text", "  ").session(session).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Paste the text of the message")));
		AdverseEventReport draft = this.reports.createFromText(this.responder, null, MESSAGE);
		this.mvc
			.perform(post("/inbox/adverse-events/{id}", draft.id()).param("version", "0")
				.param("outcome", "CURED")
				.param("seriousness", "DEATH", "NON_SERIOUS")
				.session(session)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Choose one of the options.")))
			.andExpect(content().string(containsString("alone, or only the serious criteria met")));
		assertThatThrownBy(() -> this.reports.createFromText(this.responder, null, ""))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void theCsvHasOneFormulaSafeRowPerReportAndReviewersMayReadIt() throws Exception {
		this.reports.createFromText(this.responder, null, MESSAGE);
		AdverseEventReport hostile = this.reports.createFromText(this.responder, null, "=HYPERLINK(\"http://evil\")");
		this.reports.update(this.responder, hostile.id(), 0,
				new ReportFields(YesNoUnknown.NO, ReporterType.OTHER, YesNoUnknown.NO, "+cmd|' /C calc'!A0", "",
						"@SUM(1+1), \"quoted\"\nsecond line", "",
						Set.of(Seriousness.DEATH, Seriousness.HOSPITALIZATION), Outcome.FATAL));

		MvcResult result = this.mvc
			.perform(get("/inbox/adverse-events.csv")
				.session(TestSessions.signIn(this.mvc, this.org.person(Role.REVIEWER))))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(header().string("Content-Disposition", containsString("adverse-events.csv")))
			.andReturn();
		String csv = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith(CsvWriter.BYTE_ORDER_MARK + String.join(",", AdverseEventCsv.HEADERS) + "\r\n");
		List<List<String>> rows = new CsvReader(100).read(csv);
		assertThat(rows).hasSize(3);
		List<String> row = rows.stream().filter((r) -> r.get(0).equals(hostile.id().toString())).findFirst().get();
		assertThat(row.get(8)).isEqualTo("'+cmd|' /C calc'!A0");
		assertThat(row.get(11)).isEqualTo("death;hospitalization");
		assertThat(row.get(12)).isEqualTo("fatal");
		assertThat(row.get(13)).isEqualTo("'@SUM(1+1), \"quoted\"\nsecond line");
		assertThat(this.auditTrail.actions(this.org.id())).contains("adverse_event.exported");
		// Another organization's export holds none of these reports.
		this.mvc
			.perform(get("/inbox/adverse-events.csv")
				.session(TestSessions.signIn(this.mvc, this.fixtures.create().person(Role.RESPONDER))))
			.andExpect(content().string(not(containsString(hostile.id().toString()))));
	}

}
