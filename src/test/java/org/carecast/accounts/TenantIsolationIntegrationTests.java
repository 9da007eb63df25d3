package org.carecast.accounts;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelTestAccounts;
import org.carecast.channels.ChannelPublisher;
import org.carecast.inbox.InboxTestItems;
import org.carecast.inbox.AdverseEventReports;
import org.carecast.inbox.answers.AnswerDetails;
import org.carecast.inbox.answers.AnswerLibrary;
import org.carecast.publishing.Post;
import org.carecast.publishing.Campaign;
import org.carecast.publishing.Campaigns;
import org.carecast.publishing.ContentLibrary;
import org.carecast.publishing.PostDraft;
import org.carecast.publishing.PostImports;
import org.carecast.publishing.PostReview;
import org.carecast.publishing.Posts;
import org.carecast.publishing.PublishingFixture;
import org.carecast.publishing.internal.TestImages;
import org.carecast.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An administrator of one organization must not be able to read or change anything of
 * another, whatever id they put in a URL: every attempt answers 404 exactly like an id
 * that does not exist (so ids cannot be probed), and the other organization's rows,
 * including its audit trail, are byte-for-byte the same afterwards.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestOrganizations.class, InboxTestItems.class, ChannelTestAccounts.class })
class TenantIsolationIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestOrganizations organizations;

	@Autowired
	private StaffDirectory staff;

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private UserAdministration users;

	@Autowired
	private JdbcClient jdbc;

	private TestOrganization a;

	private TestOrganization b;

	private StaffMember staffOfA;

	private StaffMember staffOfB;

	private MockHttpSession adminOfA;

	@MockitoBean
	private ChannelPublisher channelPublisher;

	@Autowired
	private Posts posts;

	@Autowired
	private PostReview review;

	private UUID postOfB;

	private UUID importOfB;

	@Autowired
	private PostImports imports;

	private UUID imageOfB;

	@Autowired
	private Campaigns campaigns;

	@Autowired
	private ContentLibrary library;

	private UUID campaignOfB;

	private UUID libraryItemOfB;

	@Autowired
	private InboxTestItems inbox;

	private UUID inboxItemOfB;

	@Autowired
	private AnswerLibrary answers;

	private UUID answerOfB;

	@Autowired
	private AdverseEventReports adverseEvents;

	private UUID reportOfB;

	@Autowired
	private ChannelTestAccounts channelAccounts;

	private UUID linkedInAccountOfB;

	@BeforeEach
	void twoOrganizations() throws Exception {
		this.a = this.organizations.create();
		this.b = this.organizations.create();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.staffOfA = stored(this.a, this.staff.add(this.a.admin().actor(),
				new StaffDirectory.Details("Alice Ashford " + suffix, "Nurse", "Cardiology", "@alice_" + suffix)));
		this.staffOfB = stored(this.b, this.staff.add(this.b.admin().actor(),
				new StaffDirectory.Details("Bruno Bright " + suffix, "Pharmacist", "Pharmacy", "@bruno_" + suffix)));
		this.adminOfA = TestSessions.signIn(this.mvc, this.a.admin());
		UUID accountOfB = new PublishingFixture(this.channelPublisher).account(this.b.id(), ChannelNetwork.MASTODON);
		Actor authorOfB = this.b.person(Role.AUTHOR).actor();
		Post postOfB = this.posts.create(authorOfB, PostDraft.of("Bruno's clinic news.", null, accountOfB)
			.withImages(List.of(PostDraft.DraftImage.upload(TestImages.png(), "Clinic front door in spring"))));
		this.postOfB = postOfB.id();
		this.imageOfB = postOfB.images().get(0).id();
		this.review.submit(authorOfB, this.postOfB, 0);
		// An upload by B's administrator, the person A's administrator is most like.
		this.importOfB = this.imports
			.preview(this.b.admin().actor(),
					"send_at,accounts,text\n2099-01-01 09:00,mastodon,Bruno's news.\n"
						.getBytes(java.nio.charset.StandardCharsets.UTF_8))
			.id();
		this.campaignOfB = this.campaigns
			.create(authorOfB,
					new Campaign.Plan("Bruno's campaign", null, null, LocalDate.of(2099, 3, 1),
							LocalDate.of(2099, 3, 31), Set.of(ChannelNetwork.MASTODON), null))
			.id();
		UUID approvedOfB = this.posts.create(authorOfB, PostDraft.of("Bruno's approved news.", null, accountOfB)).id();
		this.review.submit(authorOfB, approvedOfB, 0);
		this.review.approve(this.b.person(Role.REVIEWER).actor(), approvedOfB, 1, null);
		this.inboxItemOfB = this.inbox.comment(this.b.id(), accountOfB, "Bruno's patient asks about hours.");
		this.libraryItemOfB = this.library.save(authorOfB, approvedOfB, this.library.today(authorOfB).plusMonths(6))
			.id();
		this.answerOfB = this.answers.add(this.b.person(Role.REVIEWER).actor(),
				new AnswerDetails("Bruno's question about flu shots?", "Bruno's answer: flu shots every autumn.", "CDC",
						"https://www.cdc.gov/flu/", LocalDate.now().plusMonths(6)));
		this.linkedInAccountOfB = this.channelAccounts.connectLinkedInId(this.b.admin().actor());
		this.reportOfB = this.adverseEvents
			.createFromText(this.b.person(Role.RESPONDER).actor(), null, "Bruno's rash after the flu shot.")
			.id();
	}

	/** Ids of organization B that an attacker in A might put into a URL. */
	record Targets(UUID adminOfB, UUID analystOfB, UUID staffOfB, UUID tokenOfB, UUID postOfB, UUID importOfB,
			UUID imageOfB, UUID campaignOfB, UUID libraryItemOfB, UUID inboxItemOfB, UUID answerOfB, UUID reportOfB,
			UUID linkedInAccountOfB) {
	}

	static Stream<Arguments> pageAttacks() {
		return Stream.of(attack("GET /admin/users/{idOfB}", (t) -> get("/admin/users/{id}", t.analystOfB())),
				attack("POST /admin/users/{idOfB}/roles (grant ADMIN)",
						(t) -> post("/admin/users/{id}/roles", t.analystOfB()).param("roles", "ADMIN")),
				attack("POST /admin/users/{idOfB}/roles (strip all roles)",
						(t) -> post("/admin/users/{id}/roles", t.adminOfB())),
				attack("POST /admin/users/{idOfB}/enabled (disable)",
						(t) -> post("/admin/users/{id}/enabled", t.adminOfB()).param("enabled", "false")),
				attack("POST /admin/users/{idOfB}/password-reset",
						(t) -> post("/admin/users/{id}/password-reset", t.adminOfB())),
				attack("GET /admin/staff/{idOfB}/edit", (t) -> get("/admin/staff/{id}/edit", t.staffOfB())),
				attack("POST /admin/staff/{idOfB} (valid change)",
						(t) -> post("/admin/staff/{id}", t.staffOfB()).param("fullName", "Hijacked Name")),
				attack("POST /admin/staff/{idOfB} (invalid change)",
						(t) -> post("/admin/staff/{id}", t.staffOfB()).param("fullName", "")),
				attack("POST /admin/staff/{idOfB}/delete", (t) -> post("/admin/staff/{id}/delete", t.staffOfB())),
				attack("POST /account/tokens/{tokenOfB}/revoke",
						(t) -> post("/account/tokens/{id}/revoke", t.tokenOfB())),
				attack("GET /posts/{postOfB}", (t) -> get("/posts/{id}", t.postOfB())),
				attack("GET /posts/{postOfB}/edit", (t) -> get("/posts/{id}/edit", t.postOfB())),
				attack("GET /posts/{postOfB}/images/{imageOfB}",
						(t) -> get("/posts/{id}/images/{imageId}", t.postOfB(), t.imageOfB())),
				attack("POST /posts/{postOfB} (edit)",
						(t) -> post("/posts/{id}", t.postOfB()).param("baseText", "Hijacked").param("version", "1")),
				attack("POST /posts/{postOfB}/submit",
						(t) -> post("/posts/{id}/submit", t.postOfB()).param("version", "1")),
				attack("POST /posts/{postOfB}/approve",
						(t) -> post("/posts/{id}/approve", t.postOfB()).param("version", "1")),
				attack("POST /posts/{postOfB}/request-changes",
						(t) -> post("/posts/{id}/request-changes", t.postOfB()).param("version", "1")
							.param("note", "Hijacked")),
				attack("POST /posts/{postOfB}/schedule",
						(t) -> post("/posts/{id}/schedule", t.postOfB()).param("version", "1")
							.param("sendAt", "2099-01-01T09:00")),
				attack("POST /posts/{postOfB}/cancel",
						(t) -> post("/posts/{id}/cancel", t.postOfB()).param("version", "1")),
				attack("POST /posts/{postOfB}/comments",
						(t) -> post("/posts/{id}/comments", t.postOfB()).param("body", "Hijacked")),
				attack("GET /posts/import/{importOfB}", (t) -> get("/posts/import/{id}", t.importOfB())),
				attack("POST /posts/import/{importOfB} (confirm)", (t) -> post("/posts/import/{id}", t.importOfB())),
				attack("POST /calendar/posts/{postOfB}/move",
						(t) -> post("/calendar/posts/{id}/move", t.postOfB()).param("version", "1")
							.param("date", "2099-01-01")
							.param("time", "09:00")),
				attack("POST /posts/{postOfB}/library",
						(t) -> post("/posts/{id}/library", t.postOfB()).param("reviewBy", "2099-01-01")),
				attack("GET /campaigns/{campaignOfB}", (t) -> get("/campaigns/{id}", t.campaignOfB())),
				attack("GET /campaigns/{campaignOfB}/edit", (t) -> get("/campaigns/{id}/edit", t.campaignOfB())),
				attack("POST /campaigns/{campaignOfB} (valid change)",
						(t) -> post("/campaigns/{id}", t.campaignOfB()).param("version", "0")
							.param("name", "Hijacked")
							.param("startsOn", "2099-03-01")
							.param("endsOn", "2099-03-02")
							.param("networks", "x")),
				attack("POST /campaigns/{campaignOfB} (invalid change)",
						(t) -> post("/campaigns/{id}", t.campaignOfB()).param("version", "0").param("name", "")),
				attack("POST /campaigns/{campaignOfB}/delete", (t) -> post("/campaigns/{id}/delete", t.campaignOfB())),
				attack("GET /inbox/{itemOfB}", (t) -> get("/inbox/{id}", t.inboxItemOfB())),
				attack("POST /inbox/{itemOfB}/notes",
						(t) -> post("/inbox/{id}/notes", t.inboxItemOfB()).param("body", "Hijacked")),
				attack("POST /inbox/{itemOfB}/assign",
						(t) -> post("/inbox/{id}/assign", t.inboxItemOfB()).param("version", "0")
							.param("assignee", "me")),
				attack("POST /inbox/{itemOfB}/status",
						(t) -> post("/inbox/{id}/status", t.inboxItemOfB()).param("version", "0")
							.param("status", "closed")),
				attack("POST /inbox/{itemOfB}/legal-hold",
						(t) -> post("/inbox/{id}/legal-hold", t.inboxItemOfB()).param("version", "0")
							.param("hold", "true")),
				attack("POST /inbox/{itemOfB}/reply",
						(t) -> post("/inbox/{id}/reply", t.inboxItemOfB()).param("key", UUID.randomUUID().toString())
							.param("text", "Hijacked")),
				attack("POST /inbox/{itemOfB}/crisis-resources",
						(t) -> post("/inbox/{id}/crisis-resources", t.inboxItemOfB()).param("key",
								UUID.randomUUID().toString())),
				attack("POST /inbox/{itemOfB}/move-to-private",
						(t) -> post("/inbox/{id}/move-to-private", t.inboxItemOfB()).param("key",
								UUID.randomUUID().toString())),
				attack("POST /inbox/{itemOfB}/moderate",
						(t) -> post("/inbox/{id}/moderate", t.inboxItemOfB()).param("action", "delete")
							.param("reason", "SPAM")),
				attack("POST /library/{itemOfB}/reuse", (t) -> post("/library/{id}/reuse", t.libraryItemOfB())),
				attack("POST /library/{itemOfB}/re-review",
						(t) -> post("/library/{id}/re-review", t.libraryItemOfB()).param("version", "0")
							.param("reviewBy", LocalDate.now().plusMonths(2).toString())),
				attack("GET /inbox/answers/{answerOfB}", (t) -> get("/inbox/answers/{id}", t.answerOfB())),
				attack("POST /inbox/answers/{answerOfB} (edit)",
						(t) -> post("/inbox/answers/{id}", t.answerOfB()).param("version", "0")
							.param("question", "Hijacked question?")
							.param("answer", "Hijacked answer with enough words.")
							.param("sourceName", "X")
							.param("sourceUrl", "https://example.org/")
							.param("reviewBy", LocalDate.now().plusMonths(2).toString())),
				attack("POST /inbox/answers/{answerOfB}/approve",
						(t) -> post("/inbox/answers/{id}/approve", t.answerOfB()).param("version", "0")),
				attack("POST /inbox/answers/{answerOfB}/retire",
						(t) -> post("/inbox/answers/{id}/retire", t.answerOfB()).param("version", "0")),
				attack("GET /inbox/adverse-events/{reportOfB}",
						(t) -> get("/inbox/adverse-events/{id}", t.reportOfB())),
				attack("POST /inbox/adverse-events/{reportOfB} (save)",
						(t) -> post("/inbox/adverse-events/{id}", t.reportOfB()).param("version", "0")
							.param("productName", "Hijacked")
							.param("outcome", "UNKNOWN")),
				attack("POST /inbox/adverse-events/{reportOfB}/submit",
						(t) -> post("/inbox/adverse-events/{id}/submit", t.reportOfB()).param("version", "0")
							.param("productName", "Hijacked")
							.param("eventDescription", "Hijacked")
							.param("reporterType", "OTHER")
							.param("seriousness", "NON_SERIOUS")
							.param("outcome", "UNKNOWN")),
				attack("POST /channels/{linkedInAccountOfB}/linkedin-page (set)",
						(t) -> post("/channels/{id}/linkedin-page", t.linkedInAccountOfB()).param("organization",
								"5515715")),
				attack("POST /channels/{linkedInAccountOfB}/linkedin-page (clear)",
						(t) -> post("/channels/{id}/linkedin-page", t.linkedInAccountOfB()).param("organization", "")),
				attack("POST /channels/{linkedInAccountOfB}/disconnect",
						(t) -> post("/channels/{id}/disconnect", t.linkedInAccountOfB())));
	}

	static Stream<Arguments> apiAttacks() {
		return Stream.of(attack("GET /api/v1/users/{idOfB}", (t) -> get("/api/v1/users/{id}", t.analystOfB())),
				attack("PUT /api/v1/users/{idOfB}/roles (grant ADMIN)",
						(t) -> json(put("/api/v1/users/{id}/roles", t.analystOfB()), "{\"roles\":[\"ADMIN\"]}")),
				attack("PUT /api/v1/users/{idOfB}/roles (strip all roles)",
						(t) -> json(put("/api/v1/users/{id}/roles", t.adminOfB()), "{\"roles\":[]}")),
				attack("PUT /api/v1/users/{idOfB}/enabled (disable)",
						(t) -> json(put("/api/v1/users/{id}/enabled", t.adminOfB()), "{\"enabled\":false}")),
				attack("GET /api/v1/staff/{idOfB}", (t) -> get("/api/v1/staff/{id}", t.staffOfB())),
				attack("PUT /api/v1/staff/{idOfB}",
						(t) -> json(put("/api/v1/staff/{id}", t.staffOfB()), "{\"fullName\":\"Hijacked Name\"}")),
				attack("DELETE /api/v1/staff/{idOfB}", (t) -> delete("/api/v1/staff/{id}", t.staffOfB())),
				attack("GET /api/v1/posts/{postOfB}", (t) -> get("/api/v1/posts/{id}", t.postOfB())),
				attack("POST /api/v1/posts/{postOfB}/submit",
						(t) -> post("/api/v1/posts/{id}/submit", t.postOfB()).header("If-Match", "\"1\"")),
				attack("POST /api/v1/posts/{postOfB}/approve",
						(t) -> post("/api/v1/posts/{id}/approve", t.postOfB()).header("If-Match", "\"1\"")),
				attack("POST /api/v1/posts/{postOfB}/request-changes",
						(t) -> json(post("/api/v1/posts/{id}/request-changes", t.postOfB()).header("If-Match", "\"1\""),
								"{\"note\":\"Hijacked\"}")),
				attack("POST /api/v1/posts/{postOfB}/schedule",
						(t) -> json(post("/api/v1/posts/{id}/schedule", t.postOfB()).header("If-Match", "\"1\""),
								"{\"sendAt\":\"2099-01-01T09:00:00Z\"}")),
				attack("POST /api/v1/posts/{postOfB}/cancel",
						(t) -> post("/api/v1/posts/{id}/cancel", t.postOfB()).header("If-Match", "\"1\"")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pageAttacks")
	void pagesAnswerNotFoundForAnotherOrganizationsIdsAndChangeNothing(
			Function<Targets, MockHttpServletRequestBuilder> attack) throws Exception {
		Map<String, List<Map<String, Object>>> before = snapshot(this.b.id());
		MvcResult result = this.mvc.perform(attack.apply(targets()).session(this.adminOfA).with(csrf()))
			.andExpect(status().isNotFound())
			.andReturn();
		assertThat(result.getResponse().getContentAsString()).doesNotContain(this.staffOfB.fullName())
			.doesNotContain(this.b.admin().email())
			.doesNotContain(this.b.organization().name());
		assertThat(snapshot(this.b.id())).isEqualTo(before);
		assertBUntouchedAccordingToServices();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("apiAttacks")
	void apiAnswersNotFoundProblemForAnotherOrganizationsIdsAndChangesNothing(
			Function<Targets, MockHttpServletRequestBuilder> attack) throws Exception {
		Map<String, List<Map<String, Object>>> before = snapshot(this.b.id());
		MvcResult result = this.mvc.perform(attack.apply(targets()).header("Authorization", bearer(this.a.admin())))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.code").value("not_found"))
			.andReturn();
		assertThat(result.getResponse().getContentAsString()).doesNotContain(this.staffOfB.fullName())
			.doesNotContain(this.b.admin().email())
			.doesNotContain(this.b.organization().name());
		assertThat(snapshot(this.b.id())).isEqualTo(before);
		assertBUntouchedAccordingToServices();
	}

	@Test
	void anIdOfAnotherOrganizationAnswersExactlyLikeAnIdThatDoesNotExist() throws Exception {
		// Same status and same body, so nobody can tell "exists elsewhere" from "does not
		// exist" and probe for other tenants' ids.
		String elsewhere = this.mvc
			.perform(get("/api/v1/staff/{id}", this.staffOfB.id()).header("Authorization", bearer(this.a.admin())))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String nowhere = this.mvc
			.perform(get("/api/v1/staff/{id}", UUID.randomUUID()).header("Authorization", bearer(this.a.admin())))
			.andExpect(status().isNotFound())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(withoutInstance(elsewhere)).isEqualTo(withoutInstance(nowhere));
	}

	@Test
	void personalTokensArePersonalEvenInsideOneOrganization() throws Exception {
		// An administrator manages people, not their credentials: a colleague's token
		// cannot be revoked from the administrator's own account page.
		UUID colleaguesToken = tokenId(this.a.person(Role.ANALYST));
		Map<String, List<Map<String, Object>>> before = snapshot(this.a.id());
		this.mvc.perform(post("/account/tokens/{id}/revoke", colleaguesToken).session(this.adminOfA).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(snapshot(this.a.id())).isEqualTo(before);
		assertThat(this.tokens.list(this.a.person(Role.ANALYST).actor())).allSatisfy((t) -> assertThat(t.active()));
	}

	@Test
	void apiListsShowOnlyTheCallersOrganization() throws Exception {
		String bearer = bearer(this.a.admin());
		Set<String> idsOfA = Set
			.copyOf(this.a.people().values().stream().map((p) -> p.account().id().toString()).toList());

		String people = getJson("/api/v1/users", bearer);
		List<String> peopleIds = JsonPath.read(people, "$[*].id");
		List<String> peopleOrgs = JsonPath.read(people, "$[*].organizationId");
		assertThat(peopleIds).containsExactlyInAnyOrderElementsOf(idsOfA);
		assertThat(peopleOrgs).containsOnly(this.a.id().toString());
		assertThat(people).doesNotContain(this.b.admin().email());

		String members = getJson("/api/v1/staff", bearer);
		assertThat(JsonPath.<List<String>>read(members, "$[*].fullName")).containsExactly(this.staffOfA.fullName());
		assertThat(JsonPath.<List<String>>read(members, "$[*].organizationId")).containsOnly(this.a.id().toString());
		// Search must not widen the scope either.
		assertThat(JsonPath.<List<String>>read(getJson("/api/v1/staff?q=Bruno", bearer), "$[*]")).isEmpty();
		assertThat(
				JsonPath.<List<String>>read(getJson("/api/v1/staff?q=" + this.staffOfB.publicHandle(), bearer), "$[*]"))
			.isEmpty();

		String audit = getJson("/api/v1/audit?size=200", bearer);
		assertThat(JsonPath.<List<String>>read(audit, "$[*].organizationId")).isNotEmpty()
			.containsOnly(this.a.id().toString());
		assertThat(audit).doesNotContain(this.b.admin().account().id().toString())
			.doesNotContain(this.staffOfB.id().toString());
		// A filter that matches B's records exactly still finds only A's.
		String filtered = getJson("/api/v1/audit?action=staff.added&size=200", bearer);
		assertThat(JsonPath.<List<String>>read(filtered, "$[*].resourceId"))
			.containsExactly(this.staffOfA.id().toString());

		String me = getJson("/api/v1/me", bearer);
		assertThat(JsonPath.<String>read(me, "$.organizationId")).isEqualTo(this.a.id().toString());
		assertThat(JsonPath.<String>read(me, "$.organizationName")).isEqualTo(this.a.organization().name());
	}

	@Test
	void pagesShowOnlyTheSignedInPersonsOrganization() throws Exception {
		String staffPage = page("/staff", this.adminOfA);
		assertThat(staffPage).contains(this.staffOfA.fullName()).doesNotContain(this.staffOfB.fullName());
		assertThat(page("/staff?q=Bruno", this.adminOfA)).doesNotContain(this.staffOfB.fullName());

		MockHttpSession analystOfA = TestSessions.signIn(this.mvc, this.a.person(Role.ANALYST));
		assertThat(page("/staff", analystOfA)).contains(this.staffOfA.fullName())
			.doesNotContain(this.staffOfB.fullName());

		String auditPage = page("/admin/audit", this.adminOfA);
		assertThat(auditPage).contains(this.staffOfA.id().toString())
			.doesNotContain(this.staffOfB.id().toString())
			.doesNotContain(this.b.admin().account().id().toString());

		String peoplePage = page("/admin/users", this.adminOfA);
		assertThat(peoplePage).contains(this.a.admin().email()).doesNotContain(this.b.admin().email());
		for (Role role : Role.values()) {
			assertThat(peoplePage).doesNotContain(this.b.person(role).email());
		}

		String home = page("/", this.adminOfA);
		assertThat(home).contains(this.a.organization().name()).doesNotContain(this.b.organization().name());

		String settings = page("/admin/settings", this.adminOfA);
		assertThat(settings).contains(this.a.organization().name()).doesNotContain(this.b.organization().name());
	}

	@Test
	void planningPagesShowOnlyTheSignedInPersonsOrganization() throws Exception {
		assertThat(page("/calendar?date=2099-03-15", this.adminOfA)).doesNotContain("Bruno")
			.doesNotContain(this.campaignOfB.toString());
		assertThat(page("/campaigns", this.adminOfA)).doesNotContain("Bruno");
		assertThat(page("/library", this.adminOfA)).doesNotContain("Bruno")
			.doesNotContain(this.libraryItemOfB.toString());
		assertThat(page("/calendar?date=2099-03-15", TestSessions.signIn(this.mvc, this.b.admin())))
			.contains("Bruno&#39;s campaign");
	}

	@Test
	void changingOwnSettingsLeavesTheOtherOrganizationAlone() throws Exception {
		Map<String, List<Map<String, Object>>> before = snapshot(this.b.id());
		this.mvc
			.perform(post("/admin/settings").param("name", "Renamed " + this.a.organization().name())
				.param("timeZone", "Europe/Berlin")
				.session(this.adminOfA)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(snapshot(this.b.id())).isEqualTo(before);
		assertThat(this.jdbc.sql("select time_zone from organization where id = ?")
			.param(this.a.id())
			.query(String.class)
			.single()).isEqualTo("Europe/Berlin");
	}

	/**
	 * Read back, because the database keeps microseconds while {@code add} returns the
	 * clock's nanoseconds.
	 */
	private StaffMember stored(TestOrganization organization, StaffMember added) {
		return this.staff.get(organization.admin().actor(), added.id());
	}

	private Targets targets() {
		return new Targets(this.b.admin().account().id(), this.b.person(Role.ANALYST).account().id(),
				this.staffOfB.id(), tokenId(this.b.admin()), this.postOfB, this.importOfB, this.imageOfB,
				this.campaignOfB, this.libraryItemOfB, this.inboxItemOfB, this.answerOfB, this.reportOfB,
				this.linkedInAccountOfB);
	}

	private UUID tokenId(TestOrganizations.Person person) {
		return this.tokens.list(person.actor()).get(0).id();
	}

	/** The same facts as the snapshot, read through the services other modules use. */
	private void assertBUntouchedAccordingToServices() {
		UserAccount adminOfB = this.users.get(this.b.admin().actor(), this.b.admin().account().id());
		assertThat(adminOfB.enabled()).isTrue();
		assertThat(adminOfB.mustChangePassword()).isFalse();
		assertThat(adminOfB.roles()).containsExactly(Role.ADMIN);
		assertThat(this.users.get(this.b.admin().actor(), this.b.person(Role.ANALYST).account().id()).roles())
			.containsExactly(Role.ANALYST);
		assertThat(this.staff.get(this.b.admin().actor(), this.staffOfB.id())).isEqualTo(this.staffOfB);
		assertThat(this.tokens.list(this.b.admin().actor())).singleElement().satisfies((t) -> {
			assertThat(t.active()).isTrue();
			assertThat(t.revokedAt()).isNull();
		});
	}

	/**
	 * Every row that belongs to the organization, audit trail included, so that any
	 * change, however small, shows up as a difference.
	 */
	private Map<String, List<Map<String, Object>>> snapshot(UUID organizationId) {
		Map<String, List<Map<String, Object>>> snapshot = new LinkedHashMap<>();
		snapshot.put("organization", rows("select * from organization where id = ?", organizationId));
		snapshot.put("app_user", rows("select * from app_user where organization_id = ? order by id", organizationId));
		snapshot.put("user_role",
				rows("select * from user_role where organization_id = ? order by user_id, role", organizationId));
		snapshot.put("staff_member",
				rows("select * from staff_member where organization_id = ? order by id", organizationId));
		snapshot.put("channel_account",
				rows("select * from channel_account where organization_id = ? order by id", organizationId));
		snapshot.put("api_token",
				rows("select * from api_token where organization_id = ? order by id", organizationId));
		snapshot.put("adverse_event_report",
				rows("select * from adverse_event_report where organization_id = ? order by id", organizationId));
		snapshot.put("inbox_answer",
				rows("select * from inbox_answer where organization_id = ? order by id", organizationId));
		snapshot.put("post", rows("select * from post where organization_id = ? order by id", organizationId));
		snapshot.put("post_variant", rows(
				"select * from post_variant where organization_id = ? order by post_id, account_id", organizationId));
		snapshot.put("post_comment",
				rows("select * from post_comment where organization_id = ? order by id", organizationId));
		// Every column but the bytes, which a map of rows cannot compare.
		snapshot.put("post_media",
				rows("select id, post_id, position, mime_type, size_bytes, alt_text, public_token, created_at "
						+ "from post_media where organization_id = ? order by id", organizationId));
		snapshot.put("post_delivery",
				rows("select * from post_delivery where organization_id = ? order by id", organizationId));
		snapshot.put("campaign", rows("select * from campaign where organization_id = ? order by id", organizationId));
		snapshot.put("library_item",
				rows("select * from library_item where organization_id = ? order by id", organizationId));
		snapshot.put("inbox_item",
				rows("select * from inbox_item where organization_id = ? order by id", organizationId));
		snapshot.put("inbox_note",
				rows("select * from inbox_note where organization_id = ? order by id", organizationId));
		snapshot.put("inbox_reply",
				rows("select * from inbox_reply where organization_id = ? order by id", organizationId));
		snapshot.put("audit_event",
				rows("select * from audit_event where organization_id = ? order by seq", organizationId));
		snapshot.put("audit_chain", rows("select * from audit_chain where chain_key = ?", organizationId.toString()));
		return snapshot;
	}

	private List<Map<String, Object>> rows(String sql, Object param) {
		return this.jdbc.sql(sql).param(param).query().listOfRows();
	}

	private String getJson(String url, String bearer) throws Exception {
		return this.mvc.perform(get(url).header("Authorization", bearer))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String page(String url, MockHttpSession session) throws Exception {
		return this.mvc.perform(get(url).session(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String bearer(TestOrganizations.Person person) {
		return "Bearer " + person.apiToken();
	}

	private static String withoutInstance(String problem) {
		return problem.replaceAll("\"instance\":\"[^\"]*\"", "");
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static Arguments attack(String name, Function<Targets, MockHttpServletRequestBuilder> request) {
		return Arguments.of(Named.of(name, request));
	}

}
