package org.carecast.accounts;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.carecast.accounts.TestOrganizations.Person;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.channels.ChannelTestAccounts;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelPublisher;
import org.carecast.publishing.Post;
import org.carecast.publishing.Campaign;
import org.carecast.publishing.Campaigns;
import org.carecast.publishing.ContentLibrary;
import org.carecast.publishing.PostDraft;
import org.carecast.publishing.PostImports;
import org.carecast.publishing.PostReview;
import org.carecast.publishing.Posts;
import org.carecast.publishing.PublishingFixture;
import org.carecast.guardrail.ClaimDetails;
import org.carecast.guardrail.OrganizationClaims;
import org.carecast.inbox.InboxTestItems;
import org.carecast.inbox.AdverseEventReports;
import org.carecast.inbox.answers.AnswerDetails;
import org.carecast.inbox.answers.AnswerLibrary;
import org.carecast.publishing.internal.PostMediaRepository;
import org.carecast.publishing.internal.TestImages;
import org.carecast.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockReset;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Who may do what, as one table: every page, form action, API endpoint, actuator endpoint
 * and API document of the application, tried by an anonymous visitor, by one person of
 * each role and by a person without any role. Pages are used with a session from the real
 * sign-in form, the API with the person's real API token.
 * <p>
 * {@link #everyMappedRouteIsInTheMatrix} fails when a controller gains a route that the
 * table does not list, so nobody can add an endpoint without deciding who may use it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestOrganizations.class, ChannelTestAccounts.class, InboxTestItems.class })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixIntegrationTests {

	/**
	 * Who sends the request: nobody signed in, one person per role, or a person with no
	 * role.
	 */
	enum Who {

		ANONYMOUS, ADMIN, AUTHOR, REVIEWER, RESPONDER, ANALYST, NO_ROLES;

		@Nullable Role role() {
			return switch (this) {
				case ANONYMOUS, NO_ROLES -> null;
				default -> Role.valueOf(name());
			};
		}

	}

	/** Who a route is meant for. */
	enum Access {

		/** Everyone, signed in or not. */
		PUBLIC,
		/** Every signed-in person, whatever their roles. */
		SIGNED_IN,
		/** People with the ADMIN role. */
		ADMIN,
		/** People with any role (not someone without roles). */
		ANY_ROLE,
		/** Administrators and authors: they write posts. */
		AUTHORS,
		/** Administrators and reviewers: they approve posts and pause publishing. */
		REVIEWERS,
		/** Administrators, authors and reviewers: the people who move posts along. */
		PUBLISHING_TEAM,
		/** Administrators and responders: they work in the inbox. */
		RESPONDERS,
		/** Administrators, responders and reviewers: they may read the inbox. */
		INBOX_READERS,
		/** Nobody, not even administrators (actuator endpoints that are not exposed). */
		NOBODY

	}

	/**
	 * Pages go through the browser chain with a session; the API through the token chain.
	 */
	enum Channel {

		PAGE, API

	}

	/**
	 * What a request should get: a status, and where a redirect goes or a problem's code.
	 */
	record Outcome(int status, @Nullable String redirect, @Nullable String problemCode) {

		static Outcome ok(int status) {
			return new Outcome(status, null, null);
		}

		static Outcome redirect(String pattern) {
			return new Outcome(302, pattern, null);
		}

		static Outcome problem(int status, String code) {
			return new Outcome(status, null, code);
		}

		@Override
		public String toString() {
			return this.status + ((this.redirect != null) ? " to " + this.redirect : "")
					+ ((this.problemCode != null) ? " " + this.problemCode : "");
		}

	}

	static final Outcome TO_LOGIN = Outcome.redirect("/login");

	/**
	 * One route of the table. {@code pattern} is the route as the controller maps it;
	 * {@code request} fills in ids and a body that the route accepts, so that the allowed
	 * callers really succeed rather than fail validation.
	 */
	record Endpoint(HttpMethod method, String pattern, Channel channel, Access access, Outcome success,
			@Nullable Outcome successWhenSignedIn, boolean freshSession,
			BiFunction<Fixture, Who, AbstractMockHttpServletRequestBuilder<?>> request) {

		Outcome expected(Who who) {
			if (who == Who.ANONYMOUS) {
				if (this.access == Access.PUBLIC) {
					return this.success;
				}
				return (this.channel == Channel.API) ? Outcome.problem(401, "unauthenticated") : TO_LOGIN;
			}
			boolean allowed = switch (this.access) {
				case PUBLIC, SIGNED_IN -> true;
				case ADMIN -> who == Who.ADMIN;
				case ANY_ROLE -> who != Who.NO_ROLES;
				case AUTHORS -> who == Who.ADMIN || who == Who.AUTHOR;
				case REVIEWERS -> who == Who.ADMIN || who == Who.REVIEWER;
				case PUBLISHING_TEAM -> who == Who.ADMIN || who == Who.AUTHOR || who == Who.REVIEWER;
				case RESPONDERS -> who == Who.ADMIN || who == Who.RESPONDER;
				case INBOX_READERS -> who == Who.ADMIN || who == Who.RESPONDER || who == Who.REVIEWER;
				case NOBODY -> false;
			};
			if (allowed) {
				return (this.successWhenSignedIn != null) ? this.successWhenSignedIn : this.success;
			}
			return (this.channel == Channel.API) ? Outcome.problem(403, "forbidden") : Outcome.ok(403);
		}

		String route() {
			return this.method.name() + " " + this.pattern;
		}

		Endpoint whenSignedIn(Outcome outcome) {
			return new Endpoint(this.method, this.pattern, this.channel, this.access, this.success, outcome,
					this.freshSession, this.request);
		}

		/** For sign-out, which ends the session it is sent with. */
		Endpoint withFreshSession() {
			return new Endpoint(this.method, this.pattern, this.channel, this.access, this.success,
					this.successWhenSignedIn, true, this.request);
		}

	}

	static final String META_DELIVERY = "{\"object\":\"page\",\"entry\":[]}";

	static final List<Endpoint> ENDPOINTS = List.of(
			// Sign-in page, home, own account
			page(HttpMethod.GET, "/login", Access.PUBLIC, Outcome.ok(200)).whenSignedIn(Outcome.redirect("/")),
			page(HttpMethod.POST, "/logout", Access.PUBLIC, Outcome.redirect("/login?logout")).withFreshSession(),
			page(HttpMethod.GET, "/", Access.SIGNED_IN, Outcome.ok(200)),
			page(HttpMethod.GET, "/account", Access.SIGNED_IN, Outcome.ok(200)),
			page(HttpMethod.POST, "/account/tokens", Access.SIGNED_IN, Outcome.ok(200),
					(f, who) -> post("/account/tokens").param("name", "Matrix token")),
			page(HttpMethod.POST, "/account/tokens/{id}/revoke", Access.SIGNED_IN, Outcome.redirect("/account"),
					(f, who) -> post("/account/tokens/{id}/revoke", f.freshToken(who))),
			page(HttpMethod.GET, "/account/password", Access.SIGNED_IN, Outcome.ok(200)),
			// The same password again: a real change that keeps the fixture's password
			// valid.
			page(HttpMethod.POST, "/account/password", Access.SIGNED_IN, Outcome.redirect("/"),
					(f, who) -> post("/account/password").param("currentPassword", f.person(who).password())
						.param("newPassword", f.person(who).password())
						.param("confirmPassword", f.person(who).password())),
			// Staff directory: read by everyone, edited by administrators
			page(HttpMethod.GET, "/staff", Access.SIGNED_IN, Outcome.ok(200)),
			page(HttpMethod.GET, "/admin/staff/new", Access.ADMIN, Outcome.ok(200)),
			page(HttpMethod.POST, "/admin/staff", Access.ADMIN, Outcome.redirect("/staff"),
					(f, who) -> post("/admin/staff").param("fullName", "Matrix Member")),
			page(HttpMethod.GET, "/admin/staff/{id}/edit", Access.ADMIN, Outcome.ok(200),
					(f, who) -> get("/admin/staff/{id}/edit", f.staffId)),
			page(HttpMethod.POST, "/admin/staff/{id}", Access.ADMIN, Outcome.redirect("/staff"),
					(f, who) -> post("/admin/staff/{id}", f.staffId).param("fullName", "Matrix Member Edited")),
			page(HttpMethod.POST, "/admin/staff/{id}/delete", Access.ADMIN, Outcome.redirect("/staff"),
					(f, who) -> post("/admin/staff/{id}/delete", f.freshStaff())),
			// People
			page(HttpMethod.GET, "/admin/users", Access.ADMIN, Outcome.ok(200)),
			page(HttpMethod.GET, "/admin/users/new", Access.ADMIN, Outcome.ok(200)),
			page(HttpMethod.POST, "/admin/users", Access.ADMIN, Outcome.ok(200),
					(f, who) -> post("/admin/users").param("email", uniqueEmail())
						.param("displayName", "Matrix Invitee")
						.param("roles", "AUTHOR")),
			page(HttpMethod.GET, "/admin/users/{id}", Access.ADMIN, Outcome.ok(200),
					(f, who) -> get("/admin/users/{id}", f.targetUserId)),
			page(HttpMethod.POST, "/admin/users/{id}/roles", Access.ADMIN, Outcome.redirect("/admin/users/*"),
					(f, who) -> post("/admin/users/{id}/roles", f.targetUserId).param("roles", "AUTHOR")),
			page(HttpMethod.POST, "/admin/users/{id}/enabled", Access.ADMIN, Outcome.redirect("/admin/users/*"),
					(f, who) -> post("/admin/users/{id}/enabled", f.targetUserId).param("enabled", "true")),
			page(HttpMethod.POST, "/admin/users/{id}/password-reset", Access.ADMIN, Outcome.ok(200),
					(f, who) -> post("/admin/users/{id}/password-reset", f.targetUserId)),
			// Settings and audit trail
			page(HttpMethod.GET, "/admin/settings", Access.ADMIN, Outcome.ok(200)),
			page(HttpMethod.POST, "/admin/settings", Access.ADMIN, Outcome.redirect("/admin/settings"),
					(f, who) -> post("/admin/settings").param("name", f.organization.organization().name())
						.param("timeZone", "America/New_York")),
			page(HttpMethod.GET, "/admin/audit", Access.ADMIN, Outcome.ok(200)),
			page(HttpMethod.POST, "/admin/audit/verify", Access.ADMIN, Outcome.ok(200)),
			// Guardrail: everyone checks texts, administrators set the policy
			page(HttpMethod.GET, "/check", Access.SIGNED_IN, Outcome.ok(200)),
			page(HttpMethod.POST, "/check", Access.SIGNED_IN, Outcome.ok(200),
					(f, who) -> post("/check").param("text", "Get your flu shot this week.").param("network", "x")),
			page(HttpMethod.GET, "/admin/guardrail", Access.ADMIN, Outcome.ok(200)),
			page(HttpMethod.POST, "/admin/guardrail", Access.ADMIN, Outcome.redirect("/admin/guardrail"),
					(f, who) -> post("/admin/guardrail").param("enabled", "phi", "platform").param("gradeTarget", "8")),
			// The organization's own health myths: administrators and reviewers
			page(HttpMethod.GET, "/guardrail/claims", Access.REVIEWERS, Outcome.ok(200)),
			page(HttpMethod.GET, "/guardrail/claims/new", Access.REVIEWERS, Outcome.ok(200)),
			page(HttpMethod.POST, "/guardrail/claims", Access.REVIEWERS, Outcome.redirect("/guardrail/claims"),
					(f, who) -> claimForm(post("/guardrail/claims"),
							"matrix-" + UUID.randomUUID().toString().substring(0, 8))),
			page(HttpMethod.GET, "/guardrail/claims/{id}", Access.REVIEWERS, Outcome.ok(200),
					(f, who) -> get("/guardrail/claims/{id}", f.freshClaim())),
			page(HttpMethod.POST, "/guardrail/claims/{id}", Access.REVIEWERS, Outcome.redirect("/guardrail/claims"),
					(f, who) -> claimForm(post("/guardrail/claims/{id}", f.freshClaim()),
							"matrix-" + UUID.randomUUID().toString().substring(0, 8))
						.param("version", "0")),
			page(HttpMethod.POST, "/guardrail/claims/{id}/retire", Access.REVIEWERS,
					Outcome.redirect("/guardrail/claims"),
					(f, who) -> post("/guardrail/claims/{id}/retire", f.freshClaim()).param("version", "0")),
			// Inbox answer library: responders read, administrators and reviewers curate
			page(HttpMethod.GET, "/inbox/answers", Access.INBOX_READERS, Outcome.ok(200)),
			page(HttpMethod.GET, "/inbox/answers/new", Access.REVIEWERS, Outcome.ok(200)),
			page(HttpMethod.POST, "/inbox/answers", Access.REVIEWERS, Outcome.redirect("/inbox/answers"),
					(f, who) -> answerForm(post("/inbox/answers"))),
			page(HttpMethod.GET, "/inbox/answers/{id}", Access.REVIEWERS, Outcome.ok(200),
					(f, who) -> get("/inbox/answers/{id}", f.freshAnswer())),
			page(HttpMethod.POST, "/inbox/answers/{id}", Access.REVIEWERS, Outcome.redirect("/inbox/answers"),
					(f, who) -> answerForm(post("/inbox/answers/{id}", f.freshAnswer())).param("version", "0")),
			page(HttpMethod.POST, "/inbox/answers/{id}/approve", Access.REVIEWERS, Outcome.redirect("/inbox/answers"),
					(f, who) -> post("/inbox/answers/{id}/approve", f.freshAnswer()).param("version", "0")),
			page(HttpMethod.POST, "/inbox/answers/{id}/retire", Access.REVIEWERS, Outcome.redirect("/inbox/answers"),
					(f, who) -> post("/inbox/answers/{id}/retire", f.freshAnswer()).param("version", "0")),
			// Adverse-event reports: responders write them, reviewers read them too
			page(HttpMethod.GET, "/inbox/adverse-events", Access.INBOX_READERS, Outcome.ok(200)),
			page(HttpMethod.GET, "/inbox/adverse-events.csv", Access.INBOX_READERS, Outcome.ok(200)),
			page(HttpMethod.POST, "/inbox/adverse-events", Access.RESPONDERS,
					Outcome.redirect("/inbox/adverse-events/*"),
					(f, who) -> post("/inbox/adverse-events").param("text", "Rash after my flu shot.")),
			page(HttpMethod.GET, "/inbox/adverse-events/{id}", Access.INBOX_READERS, Outcome.ok(200),
					(f, who) -> get("/inbox/adverse-events/{id}", f.freshReport())),
			page(HttpMethod.POST, "/inbox/adverse-events/{id}", Access.RESPONDERS,
					Outcome.redirect("/inbox/adverse-events/*"),
					(f, who) -> reportForm(post("/inbox/adverse-events/{id}", f.freshReport()))),
			page(HttpMethod.POST, "/inbox/adverse-events/{id}/submit", Access.RESPONDERS,
					Outcome.redirect("/inbox/adverse-events/*"),
					(f, who) -> reportForm(post("/inbox/adverse-events/{id}/submit", f.freshReport()))),
			// Channels: planners see the connected accounts, administrators connect them
			page(HttpMethod.GET, "/channels", Access.PUBLISHING_TEAM, Outcome.ok(200)),
			page(HttpMethod.POST, "/channels/connect/{network}", Access.ADMIN,
					Outcome.redirect("http://localhost/channels/callback/sandbox*"),
					(f, who) -> post("/channels/connect/{network}", "sandbox")),
			page(HttpMethod.GET, "/channels/callback/{network}", Access.ADMIN, Outcome.redirect("/channels"),
					(f, who) -> get(f.channels.startSandbox(f.person(who).actor()).toString())),
			page(HttpMethod.POST, "/channels/{id}/disconnect", Access.ADMIN, Outcome.redirect("/channels"),
					(f, who) -> post("/channels/{id}/disconnect",
							f.channels.connectSandboxId(f.organization.admin().actor()))),
			page(HttpMethod.POST, "/channels/{id}/linkedin-page", Access.ADMIN, Outcome.redirect("/channels"),
					(f, who) -> post("/channels/{id}/linkedin-page",
							f.channels.connectLinkedInId(f.organization.admin().actor()))
						.param("organization", "5515715")),
			page(HttpMethod.GET, "/sandbox", Access.SIGNED_IN, Outcome.ok(200)),
			page(HttpMethod.POST, "/sandbox/public", Access.ANY_ROLE, Outcome.redirect("/sandbox#public"),
					(f, who) -> post("/sandbox/public").param("kind", "message")
						.param("author", "@sam")
						.param("text", "A question from the public")),
			// Networks' webhooks: public, the signature over the body is the permission
			page(HttpMethod.GET, "/webhooks/{network}", Access.PUBLIC, Outcome.ok(200),
					(f, who) -> get("/webhooks/{network}", "meta").param("hub.mode", "subscribe")
						.param("hub.challenge", "1158201444")
						.param("hub.verify_token", "test-verify-token")),
			page(HttpMethod.POST, "/webhooks/{network}", Access.PUBLIC, Outcome.ok(200),
					(f, who) -> post("/webhooks/{network}", "meta").contentType(MediaType.APPLICATION_JSON)
						.content(META_DELIVERY)
						.header("X-Hub-Signature-256", metaSignature(META_DELIVERY))),
			// Publishing: everyone with a role reads, authors write, reviewers review
			page(HttpMethod.GET, "/posts", Access.ANY_ROLE, Outcome.ok(200)),
			page(HttpMethod.GET, "/posts/new", Access.AUTHORS, Outcome.ok(200)),
			page(HttpMethod.POST, "/posts", Access.AUTHORS, Outcome.redirect("/posts/*"),
					(f, who) -> post("/posts").param("baseText", "Flu shots this week.")
						.param("accountIds", f.accountId.toString())),
			page(HttpMethod.POST, "/posts/preview", Access.AUTHORS, Outcome.ok(200),
					(f, who) -> post("/posts/preview").param("baseText", "Flu shots this week.")
						.param("accountIds", f.accountId.toString())),
			page(HttpMethod.GET, "/posts/{id}", Access.ANY_ROLE, Outcome.ok(200),
					(f, who) -> get("/posts/{id}", f.posts.draft())),
			page(HttpMethod.GET, "/posts/{id}/images/{imageId}", Access.ANY_ROLE, Outcome.ok(200), (f, who) -> {
				Post post = f.posts.withImage();
				return get("/posts/{id}/images/{imageId}", post.id(), post.images().get(0).id());
			}),
			// Instagram and Threads fetch images without an account: the token is the
			// permission
			page(HttpMethod.GET, "/media/{id}/{token}", Access.PUBLIC, Outcome.ok(200),
					(f, who) -> get(f.posts.publicImagePath())),
			page(HttpMethod.GET, "/posts/{id}/edit", Access.AUTHORS, Outcome.ok(200),
					(f, who) -> get("/posts/{id}/edit", f.posts.draft())),
			page(HttpMethod.POST, "/posts/{id}", Access.AUTHORS, Outcome.redirect("/posts/*"),
					(f, who) -> post("/posts/{id}", f.posts.draft()).param("baseText", "Edited.")
						.param("version", "0")
						.param("accountIds", f.accountId.toString())),
			page(HttpMethod.POST, "/posts/{id}/submit", Access.AUTHORS, Outcome.redirect("/posts/*"),
					(f, who) -> post("/posts/{id}/submit", f.posts.draft()).param("version", "0")),
			page(HttpMethod.POST, "/posts/{id}/approve", Access.REVIEWERS, Outcome.redirect("/posts/*"),
					(f, who) -> post("/posts/{id}/approve", f.posts.inReview()).param("version", "1")),
			page(HttpMethod.POST, "/posts/{id}/request-changes", Access.REVIEWERS, Outcome.redirect("/posts/*"),
					(f, who) -> post("/posts/{id}/request-changes", f.posts.inReview()).param("version", "1")
						.param("note", "Add a source.")),
			page(HttpMethod.POST, "/posts/{id}/schedule", Access.PUBLISHING_TEAM, Outcome.redirect("/posts/*"),
					(f, who) -> post("/posts/{id}/schedule", f.posts.approved()).param("version", "2")
						.param("sendAt", "2099-01-01T09:00")),
			page(HttpMethod.POST, "/posts/{id}/cancel", Access.PUBLISHING_TEAM, Outcome.redirect("/posts/*"),
					(f, who) -> post("/posts/{id}/cancel", f.posts.draft()).param("version", "0")),
			page(HttpMethod.POST, "/posts/{id}/comments", Access.PUBLISHING_TEAM, Outcome.redirect("/posts/*"),
					(f, who) -> post("/posts/{id}/comments", f.posts.draft()).param("body", "Looks good.")),
			page(HttpMethod.GET, "/posts/import", Access.AUTHORS, Outcome.ok(200)),
			page(HttpMethod.POST, "/posts/import", Access.AUTHORS, Outcome.redirect("/posts/import/*"),
					(f, who) -> multipart("/posts/import").file(new MockMultipartFile("file", "posts.csv", "text/csv",
							MatrixPosts.CSV.getBytes(StandardCharsets.UTF_8)))),
			page(HttpMethod.GET, "/posts/import/{id}", Access.AUTHORS, Outcome.ok(200),
					(f, who) -> get("/posts/import/{id}", f.posts.upload(f.person(who)))),
			page(HttpMethod.POST, "/posts/import/{id}", Access.AUTHORS, Outcome.redirect("/posts"),
					(f, who) -> post("/posts/import/{id}", f.posts.upload(f.person(who)))),
			page(HttpMethod.GET, "/posts/export.csv", Access.ANY_ROLE, Outcome.ok(200)),
			page(HttpMethod.GET, "/posts/export.ics", Access.ANY_ROLE, Outcome.ok(200)),
			// Planning: everyone with a role reads the calendar, campaigns and library;
			// the publishing team plans and moves; authors reuse; reviewers re-review
			page(HttpMethod.GET, "/calendar", Access.ANY_ROLE, Outcome.ok(200)),
			page(HttpMethod.POST, "/calendar/posts/{id}/move", Access.PUBLISHING_TEAM, Outcome.redirect("/calendar*"),
					(f, who) -> post("/calendar/posts/{id}/move", f.posts.draft()).param("version", "0")
						.param("date", "2099-01-01")
						.param("time", "09:00")),
			page(HttpMethod.GET, "/campaigns", Access.ANY_ROLE, Outcome.ok(200)),
			page(HttpMethod.GET, "/campaigns/new", Access.PUBLISHING_TEAM, Outcome.ok(200),
					(f, who) -> get("/campaigns/new").param("observance", "world-aids-day").param("year", "2099")),
			page(HttpMethod.POST, "/campaigns", Access.PUBLISHING_TEAM, Outcome.redirect("/campaigns/*"),
					(f, who) -> post("/campaigns").param("name", "Matrix campaign")
						.param("startsOn", "2099-12-01")
						.param("endsOn", "2099-12-07")
						.param("networks", "sandbox")),
			page(HttpMethod.GET, "/campaigns/{id}", Access.ANY_ROLE, Outcome.ok(200),
					(f, who) -> get("/campaigns/{id}", f.planning.campaign())),
			page(HttpMethod.GET, "/campaigns/{id}/edit", Access.PUBLISHING_TEAM, Outcome.ok(200),
					(f, who) -> get("/campaigns/{id}/edit", f.planning.campaign())),
			page(HttpMethod.POST, "/campaigns/{id}", Access.PUBLISHING_TEAM, Outcome.redirect("/campaigns/*"),
					(f, who) -> post("/campaigns/{id}", f.planning.campaign()).param("version", "0")
						.param("name", "Matrix campaign edited")
						.param("startsOn", "2099-12-01")
						.param("endsOn", "2099-12-07")
						.param("networks", "x")),
			page(HttpMethod.POST, "/campaigns/{id}/delete", Access.PUBLISHING_TEAM, Outcome.redirect("/campaigns"),
					(f, who) -> post("/campaigns/{id}/delete", f.planning.campaign())),
			page(HttpMethod.GET, "/library", Access.ANY_ROLE, Outcome.ok(200)),
			page(HttpMethod.POST, "/posts/{id}/library", Access.PUBLISHING_TEAM, Outcome.redirect("/posts/*"),
					(f, who) -> post("/posts/{id}/library", f.posts.approved()).param("reviewBy",
							LocalDate.now().plusMonths(6).toString())),
			page(HttpMethod.POST, "/library/{id}/reuse", Access.AUTHORS, Outcome.redirect("/posts/*/edit"),
					(f, who) -> post("/library/{id}/reuse", f.planning.libraryItem())),
			page(HttpMethod.POST, "/library/{id}/re-review", Access.REVIEWERS, Outcome.redirect("/library"),
					(f, who) -> post("/library/{id}/re-review", f.planning.libraryItem()).param("version", "0")
						.param("reviewBy", LocalDate.now().plusMonths(3).toString())),
			page(HttpMethod.GET, "/publishing/pause", Access.REVIEWERS, Outcome.ok(200)),
			page(HttpMethod.POST, "/publishing/pause", Access.REVIEWERS, Outcome.redirect("/publishing/pause"),
					(f, who) -> post("/publishing/pause").param("reason", "Matrix")),
			page(HttpMethod.POST, "/publishing/resume", Access.REVIEWERS, Outcome.redirect("/publishing/pause"),
					(f, who) -> post("/publishing/resume").param("choice", "HOLD")),
			// Inbox: responders and administrators work in it, reviewers read it
			page(HttpMethod.GET, "/inbox", Access.INBOX_READERS, Outcome.ok(200)),
			page(HttpMethod.GET, "/inbox/events", Access.INBOX_READERS, Outcome.ok(200)),
			page(HttpMethod.POST, "/inbox/bulk", Access.RESPONDERS, Outcome.redirect("/inbox"),
					(f, who) -> post("/inbox/bulk").param("action", "waiting").param("ids", f.inboxItem().toString())),
			page(HttpMethod.GET, "/inbox/{id}", Access.INBOX_READERS, Outcome.ok(200),
					(f, who) -> get("/inbox/{id}", f.inboxItem())),
			page(HttpMethod.POST, "/inbox/{id}/notes", Access.RESPONDERS, Outcome.redirect("/inbox/*"),
					(f, who) -> post("/inbox/{id}/notes", f.inboxItem()).param("body", "Matrix note.")),
			page(HttpMethod.POST, "/inbox/{id}/assign", Access.RESPONDERS, Outcome.redirect("/inbox/*"),
					(f, who) -> post("/inbox/{id}/assign", f.inboxItem()).param("version", "0")
						.param("assignee", "me")),
			page(HttpMethod.POST, "/inbox/{id}/status", Access.RESPONDERS, Outcome.redirect("/inbox/*"),
					(f, who) -> post("/inbox/{id}/status", f.inboxItem()).param("version", "0")
						.param("status", "waiting")),
			page(HttpMethod.POST, "/inbox/{id}/legal-hold", Access.ADMIN, Outcome.redirect("/inbox/*"),
					(f, who) -> post("/inbox/{id}/legal-hold", f.inboxItem()).param("version", "0")
						.param("hold", "true")),
			page(HttpMethod.POST, "/inbox/{id}/reply", Access.RESPONDERS, Outcome.redirect("/inbox/*"),
					(f, who) -> post("/inbox/{id}/reply", f.inboxItem()).param("key", UUID.randomUUID().toString())
						.param("text", "Thanks, we open at nine.")),
			page(HttpMethod.POST, "/inbox/{id}/crisis-resources", Access.RESPONDERS, Outcome.redirect("/inbox/*"),
					(f, who) -> post("/inbox/{id}/crisis-resources", f.inboxItem()).param("key",
							UUID.randomUUID().toString())),
			page(HttpMethod.POST, "/inbox/{id}/move-to-private", Access.RESPONDERS, Outcome.redirect("/inbox/*"),
					(f, who) -> post("/inbox/{id}/move-to-private",
							f.inboxItem("My name is Maria Lopez, DOB 03/14/1962, MRN 00123456"))
						.param("key", UUID.randomUUID().toString())),
			page(HttpMethod.POST, "/inbox/{id}/moderate", Access.RESPONDERS, Outcome.redirect("/inbox/*"),
					(f, who) -> post("/inbox/{id}/moderate", f.inboxItem()).param("action", "hide")
						.param("reason", "SPAM")),
			page(HttpMethod.GET, "/admin/inbox", Access.ADMIN, Outcome.ok(200)),
			page(HttpMethod.POST, "/admin/inbox", Access.ADMIN, Outcome.redirect("/admin/inbox"),
					(f, who) -> post("/admin/inbox").param("localLine", "the County Crisis Line")),
			// JSON API
			api(HttpMethod.GET, "/api/v1/me", Access.SIGNED_IN, 200),
			api(HttpMethod.POST, "/api/v1/guardrail/scan", Access.SIGNED_IN, 200,
					(f, who) -> json(post("/api/v1/guardrail/scan"),
							"{\"text\":\"Get your flu shot.\",\"direction\":\"outbound_post\",\"network\":\"x\"}")),
			api(HttpMethod.GET, "/api/v1/posts", Access.ANY_ROLE, 200),
			api(HttpMethod.POST, "/api/v1/posts", Access.AUTHORS, 201,
					(f, who) -> json(post("/api/v1/posts"),
							"{\"text\":\"Flu shots.\",\"accounts\":[{\"accountId\":\"" + f.accountId + "\"}]}")),
			api(HttpMethod.GET, "/api/v1/posts/{id}", Access.ANY_ROLE, 200,
					(f, who) -> get("/api/v1/posts/{id}", f.posts.draft())),
			api(HttpMethod.POST, "/api/v1/posts/{id}/submit", Access.AUTHORS, 200,
					(f, who) -> post("/api/v1/posts/{id}/submit", f.posts.draft()).header("If-Match", "\"0\"")),
			api(HttpMethod.POST, "/api/v1/posts/{id}/approve", Access.REVIEWERS, 200,
					(f, who) -> post("/api/v1/posts/{id}/approve", f.posts.inReview()).header("If-Match", "\"1\"")),
			api(HttpMethod.POST, "/api/v1/posts/{id}/request-changes", Access.REVIEWERS, 200,
					(f, who) -> json(
							post("/api/v1/posts/{id}/request-changes", f.posts.inReview()).header("If-Match", "\"1\""),
							"{\"note\":\"Add a source.\"}")),
			api(HttpMethod.POST, "/api/v1/posts/{id}/schedule", Access.PUBLISHING_TEAM, 200,
					(f, who) -> json(
							post("/api/v1/posts/{id}/schedule", f.posts.approved()).header("If-Match", "\"2\""),
							"{\"sendAt\":\"2099-01-01T09:00:00Z\"}")),
			api(HttpMethod.POST, "/api/v1/posts/{id}/cancel", Access.PUBLISHING_TEAM, 200,
					(f, who) -> post("/api/v1/posts/{id}/cancel", f.posts.draft()).header("If-Match", "\"0\"")),
			api(HttpMethod.GET, "/api/v1/staff", Access.SIGNED_IN, 200),
			api(HttpMethod.GET, "/api/v1/staff/{id}", Access.SIGNED_IN, 200,
					(f, who) -> get("/api/v1/staff/{id}", f.staffId)),
			api(HttpMethod.POST, "/api/v1/staff", Access.ADMIN, 201,
					(f, who) -> json(post("/api/v1/staff"), "{\"fullName\":\"Matrix Member\"}")),
			api(HttpMethod.PUT, "/api/v1/staff/{id}", Access.ADMIN, 200,
					(f, who) -> json(put("/api/v1/staff/{id}", f.staffId), "{\"fullName\":\"Matrix Member Put\"}")),
			api(HttpMethod.DELETE, "/api/v1/staff/{id}", Access.ADMIN, 204,
					(f, who) -> delete("/api/v1/staff/{id}", f.freshStaff())),
			api(HttpMethod.GET, "/api/v1/users", Access.ADMIN, 200),
			api(HttpMethod.GET, "/api/v1/users/{id}", Access.ADMIN, 200,
					(f, who) -> get("/api/v1/users/{id}", f.targetUserId)),
			api(HttpMethod.POST, "/api/v1/users", Access.ADMIN, 201,
					(f, who) -> json(post("/api/v1/users"),
							"{\"email\":\"" + uniqueEmail()
									+ "\",\"displayName\":\"Matrix Invitee\",\"roles\":[\"ANALYST\"]}")),
			api(HttpMethod.PUT, "/api/v1/users/{id}/roles", Access.ADMIN, 200,
					(f, who) -> json(put("/api/v1/users/{id}/roles", f.targetUserId), "{\"roles\":[\"AUTHOR\"]}")),
			api(HttpMethod.PUT, "/api/v1/users/{id}/enabled", Access.ADMIN, 200,
					(f, who) -> json(put("/api/v1/users/{id}/enabled", f.targetUserId), "{\"enabled\":true}")),
			api(HttpMethod.GET, "/api/v1/audit", Access.ADMIN, 200),
			api(HttpMethod.POST, "/api/v1/audit/verify", Access.ADMIN, 200),
			// Operations: health and info for load balancers, metrics for administrators'
			// scrapers, everything else closed
			page(HttpMethod.GET, "/actuator/health", Access.PUBLIC, Outcome.ok(200)),
			page(HttpMethod.GET, "/actuator/health/liveness", Access.PUBLIC, Outcome.ok(200)),
			page(HttpMethod.GET, "/actuator/health/readiness", Access.PUBLIC, Outcome.ok(200)),
			page(HttpMethod.GET, "/actuator/info", Access.PUBLIC, Outcome.ok(200)),
			page(HttpMethod.GET, "/actuator/prometheus", Access.ADMIN, Outcome.ok(200)), closed("/actuator"),
			closed("/actuator/env"), closed("/actuator/beans"), closed("/actuator/heapdump"),
			// API documentation: for signed-in people only, it describes the whole API
			page(HttpMethod.GET, "/v3/api-docs", Access.SIGNED_IN, Outcome.ok(200)),
			page(HttpMethod.GET, "/v3/api-docs.yaml", Access.SIGNED_IN, Outcome.ok(200)),
			page(HttpMethod.GET, "/v3/api-docs/swagger-config", Access.SIGNED_IN, Outcome.ok(200)),
			page(HttpMethod.GET, "/swagger-ui.html", Access.SIGNED_IN, Outcome.redirect("/swagger-ui/index.html")),
			page(HttpMethod.GET, "/swagger-ui/index.html", Access.SIGNED_IN, Outcome.ok(200)),
			// Static files the sign-in page itself needs
			page(HttpMethod.GET, "/css/carecast.css", Access.PUBLIC, Outcome.ok(200)),
			page(HttpMethod.GET, "/js/carecast.js", Access.PUBLIC, Outcome.ok(200)),
			page(HttpMethod.GET, "/webjars/htmx.org/dist/htmx.min.js", Access.PUBLIC, Outcome.ok(200)));

	/**
	 * Mapped by Spring Boot rather than by the application; not a route anybody links to.
	 */
	static final Set<String> NOT_ROUTES = Set.of("ALL /error", "GET /error");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestOrganizations organizations;

	@Autowired
	private UserAdministration users;

	@Autowired
	private ApiTokens tokens;

	@Autowired
	private StaffDirectory staff;

	@Autowired
	private ChannelTestAccounts channels;

	// Not reset between tests: the table's accounts live for the whole class.
	@MockitoBean(reset = MockReset.NONE)
	private ChannelPublisher channelPublisher;

	@Autowired
	private Posts publishingPosts;

	@Autowired
	private PostReview postReview;

	@Autowired
	private PostImports postImports;

	@Autowired
	private PostMediaRepository postMedia;

	@Autowired
	private Campaigns campaigns;

	@Autowired
	private ContentLibrary library;

	private PublishingFixture channelAccounts;

	private Fixture fixture;

	@Autowired
	private OrganizationClaims organizationClaims;

	@Autowired
	private InboxTestItems inboxItems;

	@Autowired
	private AnswerLibrary answerLibrary;

	@Autowired
	private AdverseEventReports adverseEventReports;

	private static MockHttpServletRequestBuilder claimForm(MockHttpServletRequestBuilder request, String key) {
		return request.param("key", key)
			.param("topic", "vaccines")
			.param("myth", "Matrix myth about vaccines")
			.param("paraphrases", "matrix paraphrase one\nmatrix paraphrase two")
			.param("correction", "Matrix correction.")
			.param("sourceName", "CDC")
			.param("sourceUrl", "https://www.cdc.gov/")
			.param("lastReviewed", "2026-01-01");
	}

	private static MockHttpServletRequestBuilder reportForm(MockHttpServletRequestBuilder request) {
		return request.param("version", "0")
			.param("productName", "influenza vaccine")
			.param("eventDescription", "Rash after the flu shot.")
			.param("reporterType", "PATIENT")
			.param("seriousness", "NON_SERIOUS")
			.param("outcome", "RECOVERED");
	}

	private static MockHttpServletRequestBuilder answerForm(MockHttpServletRequestBuilder request) {
		return request.param("question", "Matrix question about flu shots?")
			.param("answer", "Matrix answer: flu shots are offered every autumn.")
			.param("sourceName", "CDC")
			.param("sourceUrl", "https://www.cdc.gov/flu/")
			.param("reviewBy", LocalDate.now().plusMonths(6).toString());
	}

	/** Fresh posts in the state a route needs, written by the table's author. */
	record MatrixPosts(Posts posts, PostReview review, PostImports imports, TestOrganization organization,
			UUID accountId, PostMediaRepository media) {

		static final String CSV = "send_at,accounts,text\r\n2099-01-01 09:00,sandbox,Flu shots this week.\r\n";

		/** An upload of the person's own, waiting for confirmation. */
		UUID upload(Person person) {
			return this.imports.preview(person.actor(), CSV.getBytes(StandardCharsets.UTF_8)).id();
		}

		UUID draft() {
			return this.posts
				.create(this.organization.person(Role.AUTHOR).actor(),
						PostDraft.of("Matrix post.", null, this.accountId))
				.id();
		}

		Post withImage() {
			return this.posts.create(this.organization.person(Role.AUTHOR).actor(),
					PostDraft.of("Matrix post with a photo.", null, this.accountId)
						.withImages(List.of(PostDraft.DraftImage.upload(TestImages.png(), "A bandaged arm"))));
		}

		/** The public address of an image of an approved post, as a network gets it. */
		String publicImagePath() {
			UUID id = withImage().id();
			this.review.submit(this.organization.person(Role.AUTHOR).actor(), id, 0);
			this.review.approve(this.organization.person(Role.REVIEWER).actor(), id, 1, null);
			PostMediaRepository.Content image = this.media.contents(id).get(0);
			return "/media/" + image.id() + "/" + image.publicToken();
		}

		UUID inReview() {
			UUID id = draft();
			this.review.submit(this.organization.person(Role.AUTHOR).actor(), id, 0);
			return id;
		}

		UUID approved() {
			UUID id = inReview();
			this.review.approve(this.organization.person(Role.REVIEWER).actor(), id, 1, null);
			return id;
		}

	}

	/** Fresh campaigns and library items, planned by the table's author. */
	record MatrixPlanning(Campaigns campaigns, ContentLibrary library, MatrixPosts posts) {

		UUID campaign() {
			return this.campaigns
				.create(this.posts.organization().person(Role.AUTHOR).actor(),
						new Campaign.Plan("Matrix campaign", null, null, LocalDate.of(2099, 5, 1),
								LocalDate.of(2099, 5, 31), Set.of(ChannelNetwork.SANDBOX), null))
				.id();
		}

		UUID libraryItem() {
			return this.library
				.save(this.posts.organization().person(Role.AUTHOR).actor(), this.posts.approved(),
						LocalDate.now().plusMonths(6))
				.id();
		}

	}

	private final Map<Who, MockHttpSession> sessions = new EnumMap<>(Who.class);

	/**
	 * One organization for the whole table; the routes that change something change only
	 * a person and staff members kept for the purpose.
	 */
	static final class Fixture {

		final TestOrganization organization;

		final Person withoutRoles;

		final UUID targetUserId;

		final UUID staffId;

		private final ApiTokens tokens;

		private final StaffDirectory staff;

		final ChannelTestAccounts channels;

		UUID accountId;

		MatrixPosts posts;

		MatrixPlanning planning;

		Fixture(TestOrganization organization, Person withoutRoles, UUID targetUserId, UUID staffId, ApiTokens tokens,
				StaffDirectory staff, ChannelTestAccounts channels) {
			this.channels = channels;
			this.organization = organization;
			this.withoutRoles = withoutRoles;
			this.targetUserId = targetUserId;
			this.staffId = staffId;
			this.tokens = tokens;
			this.staff = staff;
		}

		Person person(Who who) {
			return switch (who) {
				case NO_ROLES -> this.withoutRoles;
				// Anonymous requests are refused before their body matters.
				case ANONYMOUS -> this.organization.admin();
				default -> this.organization.person(who.role());
			};
		}

		UUID freshToken(Who who) {
			return this.tokens.issue(person(who).actor(), "to revoke").token().id();
		}

		OrganizationClaims claims;

		UUID freshClaim() {
			return this.claims.add(this.organization.admin().actor(),
					new ClaimDetails("matrix-" + UUID.randomUUID().toString().substring(0, 8), "vaccines",
							"Matrix myth about vaccines", List.of("matrix paraphrase one", "matrix paraphrase two"),
							"Matrix correction.", "CDC", "https://www.cdc.gov/", java.time.LocalDate.of(2026, 1, 1)));
		}

		InboxTestItems inbox;

		UUID inboxItem() {
			return inboxItem("When does the clinic open?");
		}

		/** A real connected sandbox account, so that moderation reaches the "network". */
		UUID inboxAccount;

		UUID inboxItem(String text) {
			if (this.inboxAccount == null) {
				this.inboxAccount = this.channels.connectSandboxId(this.organization.admin().actor());
			}
			return this.inbox.comment(this.organization.id(), this.inboxAccount, text);
		}

		AnswerLibrary answers;

		AdverseEventReports adverseEvents;

		UUID freshReport() {
			return this.adverseEvents
				.createFromText(this.organization.person(Role.RESPONDER).actor(), null, "Rash after my flu shot.")
				.id();
		}

		UUID freshAnswer() {
			return this.answers.add(this.organization.admin().actor(),
					new AnswerDetails("Matrix question about flu shots?",
							"Matrix answer: flu shots are offered every autumn.", "CDC", "https://www.cdc.gov/flu/",
							LocalDate.now().plusMonths(6)));
		}

		UUID freshStaff() {
			return this.staff
				.add(this.organization.admin().actor(), new StaffDirectory.Details("To Remove", null, null, null))
				.id();
		}

	}

	@BeforeAll
	void organizationAndSessions() throws Exception {
		this.channelAccounts = new PublishingFixture(this.channelPublisher);
		TestOrganization organization = this.organizations.create();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		UserAdministration.Invitation bare = this.users.createInitial(organization.id(),
				"no-roles-" + suffix + "@clinic.example", "Test Without Roles", Set.of(), false, "test");
		Person withoutRoles = new Person(bare.user(), bare.oneTimePassword(),
				this.tokens.issue(new Actor(bare.user().id(), organization.id(), "Test Without Roles"), "test token")
					.secret());
		UUID target = this.users
			.createInitial(organization.id(), "target-" + suffix + "@clinic.example", "Test Target",
					Set.of(Role.AUTHOR), false, "test")
			.user()
			.id();
		UUID staffId = this.staff
			.add(organization.admin().actor(), new StaffDirectory.Details("Matrix Member", "Nurse", "Wards", null))
			.id();
		this.fixture = new Fixture(organization, withoutRoles, target, staffId, this.tokens, this.staff, this.channels);
		this.fixture.claims = this.organizationClaims;
		this.fixture.inbox = this.inboxItems;
		this.fixture.answers = this.answerLibrary;
		this.fixture.adverseEvents = this.adverseEventReports;
		this.fixture.accountId = this.channelAccounts.account(organization.id(), ChannelNetwork.SANDBOX);
		this.fixture.posts = new MatrixPosts(this.publishingPosts, this.postReview, this.postImports, organization,
				this.fixture.accountId, this.postMedia);
		this.fixture.planning = new MatrixPlanning(this.campaigns, this.library, this.fixture.posts);
		for (Who who : Who.values()) {
			if (who != Who.ANONYMOUS) {
				this.sessions.put(who, TestSessions.signIn(this.mvc, this.fixture.person(who)));
			}
		}
	}

	static Stream<Arguments> matrix() {
		List<Arguments> cases = new ArrayList<>();
		for (Endpoint endpoint : ENDPOINTS) {
			for (Who who : Who.values()) {
				cases.add(Arguments.of(endpoint.route(), who, endpoint.expected(who), endpoint));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} as {1} -> {2}")
	@MethodSource("matrix")
	void answersAsTheTableSays(String route, Who who, Outcome expected, Endpoint endpoint) throws Exception {
		AbstractMockHttpServletRequestBuilder<?> request = endpoint.request().apply(this.fixture, who);
		if (endpoint.channel() == Channel.API) {
			if (who != Who.ANONYMOUS) {
				request.header("Authorization", "Bearer " + this.fixture.person(who).apiToken());
			}
			// No CSRF token on purpose: the API is stateless and must not need one.
		}
		else {
			if (who != Who.ANONYMOUS) {
				request.session(endpoint.freshSession() ? TestSessions.signIn(this.mvc, this.fixture.person(who))
						: this.sessions.get(who));
			}
			if (endpoint.method() != HttpMethod.GET) {
				request.with(csrf());
			}
		}
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();

		assertThat(response.getStatus()).as("status of %s as %s", route, who).isEqualTo(expected.status());
		if (expected.redirect() != null) {
			assertThat(response.getRedirectedUrl()).as("redirect of %s as %s", route, who)
				.matches((url) -> new AntPathMatcher().match(expected.redirect(), url), expected.redirect());
		}
		if (expected.problemCode() != null) {
			assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			assertThat(response.getContentAsString()).contains("\"code\":\"" + expected.problemCode() + "\"")
				.contains("\"status\":" + expected.status());
		}
	}

	@Test
	void everyMappedRouteIsInTheMatrix(
			@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		Set<String> mapped = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					mapped.add("ALL " + pattern);
				}
				methods.forEach((method) -> mapped.add(method.name() + " " + pattern));
			}
		});
		mapped.removeAll(NOT_ROUTES);
		Set<String> listed = ENDPOINTS.stream().map(Endpoint::route).collect(Collectors.toSet());
		assertThat(listed).as("routes in the table").containsAll(mapped);
	}

	@Test
	void everyExposedActuatorEndpointIsInTheMatrix(@Autowired PathMappedEndpoints actuator) {
		Set<String> listed = ENDPOINTS.stream().map(Endpoint::route).collect(Collectors.toSet());
		for (String path : actuator.getAllPaths()) {
			assertThat(listed).contains("GET " + path);
		}
	}

	@Test
	void prometheusAlsoAcceptsAnAdministratorsApiToken() throws Exception {
		// Scrapers have no session; the token filter also runs on the browser chain.
		assertThat(this.mvc
			.perform(get("/actuator/prometheus").header("Authorization",
					"Bearer " + this.fixture.organization.admin().apiToken()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
		for (Role role : List.of(Role.AUTHOR, Role.REVIEWER, Role.RESPONDER, Role.ANALYST)) {
			assertThat(this.mvc
				.perform(get("/actuator/prometheus").header("Authorization",
						"Bearer " + this.fixture.organization.person(role).apiToken()))
				.andReturn()
				.getResponse()
				.getStatus()).as("prometheus for %s", role).isEqualTo(403);
		}
	}

	@Test
	void aWrongPasswordSignsNobodyIn() throws Exception {
		Person analyst = this.fixture.organization.person(Role.ANALYST);
		MockHttpServletResponse wrong = this.mvc.perform(
				post("/login").param("email", analyst.email()).param("password", analyst.password() + "x").with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(wrong.getStatus()).isEqualTo(302);
		assertThat(wrong.getRedirectedUrl()).isEqualTo("/login?error");
	}

	private static Endpoint page(HttpMethod method, String pattern, Access access, Outcome success) {
		return page(method, pattern, access, success, (f, who) -> request(method, pattern));
	}

	private static Endpoint page(HttpMethod method, String pattern, Access access, Outcome success,
			BiFunction<Fixture, Who, AbstractMockHttpServletRequestBuilder<?>> request) {
		return new Endpoint(method, pattern, Channel.PAGE, access, success, null, false, request);
	}

	/** An address nobody may use, so there is no success to describe. */
	private static Endpoint closed(String pattern) {
		return page(HttpMethod.GET, pattern, Access.NOBODY, Outcome.ok(403));
	}

	private static Endpoint api(HttpMethod method, String pattern, Access access, int status) {
		return api(method, pattern, access, status, (f, who) -> request(method, pattern));
	}

	private static Endpoint api(HttpMethod method, String pattern, Access access, int status,
			BiFunction<Fixture, Who, AbstractMockHttpServletRequestBuilder<?>> request) {
		return new Endpoint(method, pattern, Channel.API, access, Outcome.ok(status), null, false, request);
	}

	/** Meta's signature with the test app secret of application.properties. */
	private static String metaSignature(String body) {
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec(
					"test-meta-app-secret".getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
			return "sha256=" + java.util.HexFormat.of()
				.formatHex(mac.doFinal(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static MockHttpServletRequestBuilder get(String pattern, Object... vars) {
		return request(HttpMethod.GET, pattern, vars);
	}

	private static MockHttpServletRequestBuilder post(String pattern, Object... vars) {
		return request(HttpMethod.POST, pattern, vars);
	}

	private static MockHttpServletRequestBuilder put(String pattern, Object... vars) {
		return request(HttpMethod.PUT, pattern, vars);
	}

	private static MockHttpServletRequestBuilder delete(String pattern, Object... vars) {
		return request(HttpMethod.DELETE, pattern, vars);
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static String uniqueEmail() {
		return "matrix-" + UUID.randomUUID() + "@clinic.example";
	}

}
