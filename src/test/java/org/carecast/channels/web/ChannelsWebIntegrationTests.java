package org.carecast.channels.web;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.carecast.accounts.Role;
import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.Person;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.accounts.TestSessions;
import org.carecast.accounts.UserAdministration;
import org.carecast.channels.ChannelTestAccounts;
import org.carecast.channels.web.ScriptedOAuthConnectors.FakeMastodon;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The connect flow through the real web layer: the OAuth redirect with state and PKCE,
 * the callback, the per-server app registration, Bluesky's app password, disconnecting,
 * and what administrators are told when something goes wrong. Tokens, codes and passwords
 * must not reach pages, the audit trail, logs or the database in the clear.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestOrganizations.class, ChannelTestAccounts.class, ScriptedOAuthConnectors.class })
@ExtendWith(OutputCaptureExtension.class)
class ChannelsWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	UserAdministration users;

	@Autowired
	FakeMastodon mastodon;

	@Autowired
	JdbcClient jdbc;

	TestOrganization org;

	MockHttpSession admin;

	@BeforeEach
	void organization() throws Exception {
		this.org = this.organizations.create();
		this.admin = TestSessions.signIn(this.mvc, this.org.admin());
	}

	@Test
	void aMastodonAccountConnectsThroughTheRedirectAndItsSecretsStayEncrypted(CapturedOutput output) throws Exception {
		int registrationsBefore = this.mastodon.registrations.get();
		MultiValueMap<String, String> authorize = startMastodon("  Social.Example ");
		assertThat(authorize.getFirst("client_id")).isEqualTo("client-social.example");
		assertThat(authorize.getFirst("code_challenge_method")).isEqualTo("S256");
		assertThat(authorize.getFirst("state")).hasSizeGreaterThanOrEqualTo(43);
		assertThat(authorize.getFirst("redirect_uri")).isEqualTo("http://localhost/channels/callback/mastodon");
		String state = authorize.getFirst("state");

		MvcResult callback = callback("mastodon", state, ScriptedOAuthConnectors.GOOD_CODE, null);
		assertThat(callback.getResponse().getRedirectedUrl()).isEqualTo("/channels");
		assertThat(callback.getFlashMap().get("notice")).asString()
			.contains("Connected the Mastodon account @clinic@social.example");

		String page = page("/channels", this.admin);
		assertThat(page).contains("@clinic@social.example").contains("Connected").contains("Disconnect");
		Map<String, Object> row = accountRow("MASTODON");
		assertThat(row).containsEntry("own_server", true)
			.containsEntry("base_url", "https://social.example")
			.containsEntry("client_id", "client-social.example")
			.containsEntry("status", "CONNECTED");
		assertThat(String.valueOf(row.get("client_secret"))).startsWith("v1.").doesNotContain("app-secret");
		assertThat(String.valueOf(row.get("credentials"))).startsWith("v1.")
			.doesNotContain(ScriptedOAuthConnectors.MASTODON_TOKEN);
		assertThat(this.jdbc.sql("select client_secret from channel_app_registration where organization_id = ?")
			.param(this.org.id())
			.query(String.class)
			.single()).startsWith("v1.").doesNotContain("app-secret");
		assertThat(this.jdbc.sql("select count(*) from channel_authorization where organization_id = ?")
			.param(this.org.id())
			.query(Long.class)
			.single()).isZero();
		assertThat(audit()).contains("channel.connected");

		// The same callback again: the state was used up.
		MvcResult replay = callback("mastodon", state, ScriptedOAuthConnectors.GOOD_CODE, null);
		assertThat(replay.getFlashMap().get("problem")).asString().contains("expired or was already used");
		assertThat(accountCount()).isEqualTo(1);

		// Connecting again reuses the server's registration and updates the same account.
		String again = startMastodon("social.example").getFirst("state");
		callback("mastodon", again, ScriptedOAuthConnectors.GOOD_CODE, null);
		assertThat(this.mastodon.registrations.get()).isEqualTo(registrationsBefore + 1);
		assertThat(accountCount()).isEqualTo(1);
		assertThat(audit()).contains("channel.reconnected");

		for (String secret : List.of(ScriptedOAuthConnectors.MASTODON_TOKEN, ScriptedOAuthConnectors.GOOD_CODE,
				"app-secret-social.example", state)) {
			assertThat(output.getAll()).doesNotContain(secret);
			assertThat(String.join("\n", audit())).doesNotContain(secret);
			assertThat(auditSummaries()).doesNotContain(secret);
			assertThat(page("/channels", this.admin)).doesNotContain(secret);
		}
	}

	@Test
	void aStateWorksOnlyForThePersonWhoStartedIt() throws Exception {
		String state = startMastodon("social.example").getFirst("state");
		UserAdministration.Invitation other = this.users.createInitial(this.org.id(),
				"second-admin-" + UUID.randomUUID() + "@clinic.example", "Second Admin", Set.of(Role.ADMIN), false,
				"test");
		MockHttpSession otherAdmin = TestSessions.signIn(this.mvc,
				new Person(other.user(), other.oneTimePassword(), "unused"));
		MvcResult stolen = this.mvc
			.perform(get("/channels/callback/mastodon").param("state", state)
				.param("code", ScriptedOAuthConnectors.GOOD_CODE)
				.session(otherAdmin))
			.andReturn();
		assertThat(stolen.getFlashMap().get("problem")).asString().contains("expired or was already used");
		assertThat(accountCount()).isZero();
		// The person who started it still can finish it.
		callback("mastodon", state, ScriptedOAuthConnectors.GOOD_CODE, null);
		assertThat(accountCount()).isEqualTo(1);
	}

	@Test
	void anExpiredStateIsRefused() throws Exception {
		String state = startMastodon("social.example").getFirst("state");
		this.jdbc.sql("update channel_authorization set expires_at = ? where organization_id = ?")
			.params(OffsetDateTime.now().minusMinutes(1), this.org.id())
			.update();
		assertThat(callback("mastodon", state, ScriptedOAuthConnectors.GOOD_CODE, null).getFlashMap().get("problem"))
			.asString()
			.contains("expired");
		assertThat(accountCount()).isZero();
	}

	@Test
	void declinedAndRefusedConnectionsAreExplainedAndAudited() throws Exception {
		String declined = startMastodon("social.example").getFirst("state");
		assertThat(callback("mastodon", declined, null, "access_denied").getFlashMap().get("problem")).asString()
			.contains("did not grant Carecast access");

		String refused = startMastodon("social.example").getFirst("state");
		assertThat(callback("mastodon", refused, "stolen-or-used-code", null).getFlashMap().get("problem")).asString()
			.isEqualTo("Mastodon refused: The authorization code is invalid or was used already.");
		assertThat(accountCount()).isZero();
		assertThat(audit()).contains("channel.connect_failed");
		assertThat(auditSummaries()).doesNotContain("stolen-or-used-code");
	}

	@Test
	void aStateFromOneNetworksRedirectIsRefusedOnAnotherNetworksCallback() throws Exception {
		String state = startMastodon("social.example").getFirst("state");
		assertThat(callback("x", state, "code-meant-for-mastodon", null).getFlashMap().get("problem")).asString()
			.contains("expired or was already used");
		assertThat(accountCount()).isZero();
		assertThat(auditSummaries()).doesNotContain("code-meant-for-mastodon");
	}

	@Test
	void aServerNameThatIsNotPublicIsRefusedBeforeAnythingIsCalled() throws Exception {
		int before = this.mastodon.registrations.get();
		for (String host : List.of("127.0.0.1", "localhost", "http://intranet/", "")) {
			MvcResult result = this.mvc
				.perform(post("/channels/connect/mastodon").param("host", host).session(this.admin).with(csrf()))
				.andReturn();
			assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/channels");
			assertThat(result.getFlashMap().get("problem")).asString().contains("mastodon.social");
		}
		assertThat(this.mastodon.registrations.get()).isEqualTo(before);
	}

	@Test
	void blueskyConnectsWithAnAppPasswordThatIsNeverKept(CapturedOutput output) throws Exception {
		String wrong = "wrong-pass-9q8w";
		MvcResult refused = this.mvc
			.perform(post("/channels/connect/bluesky").param("identifier", "cityclinic.bsky.social")
				.param("appPassword", wrong)
				.session(this.admin)
				.with(csrf()))
			.andReturn();
		assertThat(refused.getFlashMap().get("problem")).asString()
			.isEqualTo("Bluesky refused: Invalid identifier or password");
		assertThat(accountCount()).isZero();

		MvcResult connected = this.mvc
			.perform(post("/channels/connect/bluesky").param("identifier", "cityclinic.bsky.social")
				.param("appPassword", ScriptedOAuthConnectors.BLUESKY_APP_PASSWORD)
				.session(this.admin)
				.with(csrf()))
			.andReturn();
		assertThat(connected.getResponse().getRedirectedUrl()).isEqualTo("/channels");
		assertThat(page("/channels", this.admin)).contains("cityclinic.bsky.social")
			.contains("App password")
			.doesNotContain(ScriptedOAuthConnectors.BLUESKY_APP_PASSWORD);
		Map<String, Object> row = accountRow("BLUESKY");
		assertThat(row).containsEntry("own_server", false);
		assertThat(row.toString()).doesNotContain(ScriptedOAuthConnectors.BLUESKY_JWT)
			.doesNotContain(ScriptedOAuthConnectors.BLUESKY_APP_PASSWORD);
		for (String secret : List.of(wrong, ScriptedOAuthConnectors.BLUESKY_APP_PASSWORD,
				ScriptedOAuthConnectors.BLUESKY_JWT)) {
			assertThat(output.getAll()).doesNotContain(secret);
			assertThat(auditSummaries()).doesNotContain(secret);
		}
	}

	@Test
	void disconnectingRevokesAndForgetsTheTokens() throws Exception {
		callback("mastodon", startMastodon("social.example").getFirst("state"), ScriptedOAuthConnectors.GOOD_CODE,
				null);
		UUID id = (UUID) accountRow("MASTODON").get("id");
		MvcResult result = this.mvc.perform(post("/channels/{id}/disconnect", id).session(this.admin).with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/channels");
		assertThat(result.getFlashMap().get("notice")).asString().contains("network revoked them");
		assertThat(this.mastodon.revokedTokens).contains(ScriptedOAuthConnectors.MASTODON_TOKEN);
		Map<String, Object> row = accountRow("MASTODON");
		assertThat(row).containsEntry("status", "DISCONNECTED");
		assertThat(row.get("credentials")).isNull();
		assertThat(row.get("client_secret")).isNull();
		assertThat(audit()).contains("channel.disconnected");
		String page = page("/channels", this.admin);
		assertThat(page).contains("Disconnected");
	}

	@Test
	void authorsAndReviewersSeeAccountsButCannotChangeThem() throws Exception {
		callback("mastodon", startMastodon("social.example").getFirst("state"), ScriptedOAuthConnectors.GOOD_CODE,
				null);
		for (Role role : List.of(Role.AUTHOR, Role.REVIEWER)) {
			String page = page("/channels", TestSessions.signIn(this.mvc, this.org.person(role)));
			assertThat(page).contains("@clinic@social.example")
				.contains("Connected")
				.doesNotContain("Connect a Mastodon account")
				.doesNotContain("/disconnect");
			assertThat(page).contains("href=\"/channels\"");
		}
		MockHttpSession responder = TestSessions.signIn(this.mvc, this.org.person(Role.RESPONDER));
		assertThat(this.mvc.perform(get("/channels").session(responder)).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(page("/", responder)).doesNotContain("href=\"/channels\"");
	}

	@Test
	void anAccountThatNeedsReconnectingSaysSoInWords() throws Exception {
		callback("mastodon", startMastodon("social.example").getFirst("state"), ScriptedOAuthConnectors.GOOD_CODE,
				null);
		this.jdbc.sql("update channel_account set status = 'NEEDS_RECONNECTION' where organization_id = ?")
			.param(this.org.id())
			.update();
		assertThat(page("/channels", this.admin)).contains("Needs reconnecting by an administrator");
	}

	@Test
	void theAdministratorsPageOffersEachAvailableNetworkWithItsForm() throws Exception {
		String page = page("/channels", this.admin);
		assertThat(page).contains("Connect a Sandbox account")
			.contains("Connect a Mastodon account")
			.contains("<label for=\"host-mastodon\">Your server</label>")
			.contains("<label for=\"app-password-bluesky\">App password</label>")
			.contains("type=\"password\"");
	}

	@Test
	void unknownNetworksAndAccountsAreNotFound() throws Exception {
		assertThat(this.mvc.perform(post("/channels/connect/myspace").session(this.admin).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(
				this.mvc.perform(post("/channels/{id}/disconnect", UUID.randomUUID()).session(this.admin).with(csrf()))
					.andReturn()
					.getResponse()
					.getStatus())
			.isEqualTo(404);
		assertThat(this.mvc.perform(post("/channels/not-a-uuid/disconnect").session(this.admin).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	private MultiValueMap<String, String> startMastodon(String host) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/channels/connect/mastodon").param("host", host).session(this.admin).with(csrf()))
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).as("problem: %s", result.getFlashMap().get("problem"))
			.startsWith("https://social.example/oauth/authorize?");
		MultiValueMap<String, String> decoded = new LinkedMultiValueMap<>();
		UriComponentsBuilder.fromUriString(location)
			.build(true)
			.getQueryParams()
			.forEach((name, values) -> values
				.forEach((value) -> decoded.add(name, UriUtils.decode(value, StandardCharsets.UTF_8))));
		return decoded;
	}

	private MvcResult callback(String network, String state, String code, String error) throws Exception {
		var request = get("/channels/callback/{network}", network).session(this.admin);
		if (state != null) {
			request.param("state", state);
		}
		if (code != null) {
			request.param("code", code);
		}
		if (error != null) {
			request.param("error", error);
		}
		return this.mvc.perform(request).andReturn();
	}

	private String page(String url, MockHttpSession session) throws Exception {
		MvcResult result = this.mvc.perform(get(url).session(session)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private Map<String, Object> accountRow(String network) {
		return this.jdbc.sql("select * from channel_account where organization_id = ? and network = ?")
			.params(this.org.id(), network)
			.query()
			.singleRow();
	}

	private long accountCount() {
		return this.jdbc.sql("select count(*) from channel_account where organization_id = ?")
			.param(this.org.id())
			.query(Long.class)
			.single();
	}

	private List<String> audit() {
		return this.jdbc.sql("select action from audit_event where organization_id = ? order by seq")
			.param(this.org.id())
			.query(String.class)
			.list();
	}

	private String auditSummaries() {
		return String.join("\n",
				this.jdbc.sql("select summary from audit_event where organization_id = ?")
					.param(this.org.id())
					.query(String.class)
					.list());
	}

}
