package org.carecast.publishing;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.carecast.CarecastApplication;
import org.carecast.accounts.Role;
import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.internal.AccountLinker;
import org.carecast.shared.Actor;
import org.h2.tools.Server;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * <strong>Fault test, about 60 s:</strong> Carecast is killed with SIGKILL while it is
 * publishing, started again, and every post still ends published exactly once.
 *
 * <p>
 * The application runs as a real separate process ({@code java -cp <the test's runtime
 * classpath without test classes> org.carecast.CarecastApplication}) against a database
 * that outlives it: an H2 server run by this test (a file database in a temporary folder)
 * or the PostgreSQL named by {@code CARECAST_TEST_POSTGRES_URL}. Its posts go to a
 * Mastodon account on a WireMock server that honours {@code Idempotency-Key} as Mastodon
 * does and answers slowly, so that several publishes are in flight (created on the
 * server, answer not yet received) when the process dies. The restarted process finds
 * those deliveries through db-scheduler's dead-execution check and resends them with the
 * same key, which Mastodon answers with the status it already created.
 */
class PublishingCrashRecoveryIntegrationTests {

	static final int POSTS = 10;

	static final String ENCRYPTION_KEY = "dGVzdC1vbmx5LWtleS1mb3ItY2FyZWNhc3QtdGVzdHM=";

	static final String TOKEN = "mastodon-crash-token-41f0";

	/** Long enough that a batch of publishes is certainly in flight at the kill. */
	static final int ANSWER_DELAY_MS = 2500;

	@TempDir
	Path dir;

	private final IdempotentMastodonStatuses statuses = new IdempotentMastodonStatuses();

	private final List<Process> processes = new ArrayList<>();

	private WireMockServer mastodon;

	private Server h2;

	private Database database;

	@AfterEach
	void stopEverything() throws InterruptedException {
		for (Process process : this.processes) {
			process.destroyForcibly().waitFor();
		}
		if (this.database != null && this.database.schema() != null) {
			JdbcClient.create(this.database.dataSource())
				.sql("drop schema " + this.database.schema() + " cascade")
				.update();
		}
		if (this.mastodon != null) {
			this.mastodon.stop();
		}
		if (this.h2 != null) {
			this.h2.stop();
		}
	}

	@Test
	@Timeout(180)
	void postsInFlightWhenTheProcessIsKilledArePublishedOnceAfterTheRestart() throws Exception {
		this.mastodon = new WireMockServer(wireMockConfig().dynamicPort().extensions(this.statuses));
		this.mastodon.start();
		this.mastodon.stubFor(post("/api/v1/statuses")
			.willReturn(aResponse().withFixedDelay(ANSWER_DELAY_MS).withTransformers(IdempotentMastodonStatuses.NAME)));
		Database database = database();
		this.database = database;
		JdbcClient jdbc = JdbcClient.create(database.dataSource());

		long started = System.nanoTime();
		List<UUID> posts = seed(database);
		log(started, "seeded " + POSTS + " posts");
		// Due now, as if they had been scheduled long ago.
		jdbc.sql("update scheduled_tasks set execution_time = :now where task_instance in (select cast(id as varchar) "
				+ "from post_delivery where post_id in (:posts))")
			.param("now", OffsetDateTime.now())
			.param("posts", posts)
			.update();

		Process first = start(database, "first");
		await(Duration.ofSeconds(90), () -> publishRequests().size() >= 6, first, "first");
		first.destroyForcibly().waitFor();
		log(started, "killed the first process");
		int publishedBeforeKill = published(jdbc, posts);
		List<String> sending = jdbc
			.sql("select cast(id as varchar) from post_delivery where post_id in (:posts) and state = 'SENDING'")
			.param("posts", posts)
			.query(String.class)
			.list();
		assertThat(sending).as("publishes in flight at the kill").isNotEmpty();
		assertThat(this.statuses.created()).as("statuses the server created before the kill")
			.hasSizeGreaterThan(publishedBeforeKill);

		Process second = start(database, "second");
		await(Duration.ofSeconds(90), () -> published(jdbc, posts) == POSTS, second, "second");
		log(started, "the second process published the rest");
		second.destroy();

		List<Map<String, Object>> deliveries = jdbc
			.sql("select cast(idempotency_key as varchar) as k, remote_id, state from post_delivery "
					+ "where post_id in (:posts)")
			.param("posts", posts)
			.query()
			.listOfRows();
		assertThat(deliveries).hasSize(POSTS).allSatisfy((d) -> assertThat(d.get("state")).isEqualTo("PUBLISHED"));
		Map<String, IdempotentMastodonStatuses.Created> created = this.statuses.created();
		assertThat(created).as("one status per post on the network").hasSize(POSTS);
		assertThat(deliveries).allSatisfy(
				(d) -> assertThat(d.get("remote_id")).as("the stored id is the status the network created for the key")
					.isEqualTo(created.get((String) d.get("k")).id()));
		Map<String, Long> sendsPerKey = publishRequests().stream()
			.collect(Collectors.groupingBy((r) -> r.header("Idempotency-Key").firstValue(), Collectors.counting()));
		assertThat(sendsPerKey.keySet()).containsExactlyInAnyOrderElementsOf(created.keySet());
		assertThat(sendsPerKey.values()).as("the publishes cut off by the kill were sent again, with their key")
			.anyMatch((count) -> count > 1);
		assertThat(
				jdbc.sql("select count(*) from audit_event where action = 'post.published' and resource_id in (:posts)")
					.param("posts", posts.stream().map(UUID::toString).toList())
					.query(Long.class)
					.single())
			.isEqualTo(POSTS);
	}

	private static void log(long started, String what) {
		System.out.printf("[crash test] %.1f s: %s%n", (System.nanoTime() - started) / 1e9, what);
	}

	private List<UUID> seed(Database database) {
		// The first node of the installation, in this JVM: people, the connected account
		// and approved posts scheduled an hour ahead; then it shuts down cleanly.
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CarecastApplication.class)
			.run(database.arguments("seed", 0).toArray(String[]::new))) {
			TestOrganization clinic = context.getBean(TestOrganizations.class).create();
			Actor admin = clinic.admin().actor();
			UUID account = context.getBean(AccountLinker.class)
				.link(clinic.id(), admin, admin.displayName(), ChannelNetwork.MASTODON,
						new ChannelEndpoint(URI.create(this.mastodon.baseUrl()), "", "crash-client", "crash-secret"),
						new ChannelCredentials(TOKEN, null, null, "109876", "@cityclinic@social.example", Map.of()))
				.id();
			Posts posts = context.getBean(Posts.class);
			PostReview review = context.getBean(PostReview.class);
			Actor author = clinic.person(Role.AUTHOR).actor();
			Actor reviewer = clinic.person(Role.REVIEWER).actor();
			List<UUID> ids = new ArrayList<>();
			for (int i = 0; i < POSTS; i++) {
				Instant at = Instant.now().plus(Duration.ofHours(1));
				Post post = posts.create(author,
						PostDraft.of("Flu clinic reminder number " + (i + 1) + ": walk in any weekday.", at, account));
				Post submitted = review.submit(author, post.id(), post.version());
				Post approved = review.approve(reviewer, post.id(), submitted.version(), null);
				ids.add(review.schedule(reviewer, post.id(), approved.version(), at).id());
			}
			return ids;
		}
	}

	private Process start(Database database, String name) throws IOException {
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
				"-XX:+UseSerialGC", "-cp", applicationClasspath(), CarecastApplication.class.getName()));
		command.addAll(database.arguments(name, 4));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.dir.resolve(name + ".log").toFile())
			.start();
		this.processes.add(process);
		return process;
	}

	private List<LoggedRequest> publishRequests() {
		return this.mastodon.findAll(postRequestedFor(urlEqualTo("/api/v1/statuses")));
	}

	private static int published(JdbcClient jdbc, List<UUID> posts) {
		return jdbc.sql("select count(*) from post where id in (:posts) and state = 'PUBLISHED'")
			.param("posts", posts)
			.query(Integer.class)
			.single();
	}

	private void await(Duration limit, BooleanSupplier condition, Process process, String name) throws IOException {
		long end = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < end) {
			if (condition.getAsBoolean()) {
				return;
			}
			if (!process.isAlive()) {
				fail("The " + name + " process ended with " + process.exitValue() + ":\n" + tail(name));
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				fail("interrupted");
			}
		}
		fail("Not done within " + limit + "; the " + name + " process said:\n" + tail(name));
	}

	private String tail(String name) throws IOException {
		List<String> lines = Files.readAllLines(this.dir.resolve(name + ".log"), StandardCharsets.UTF_8);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
	}

	private Database database() throws Exception {
		String postgres = System.getenv("CARECAST_TEST_POSTGRES_URL");
		if (postgres != null && !postgres.isBlank()) {
			// A schema of its own: the other tests' application contexts share the
			// database, and the one in use keeps its scheduler running.
			String schema = "crash_" + UUID.randomUUID().toString().substring(0, 8);
			return new Database(postgres + (postgres.contains("?") ? "&" : "?") + "currentSchema=" + schema,
					envOr("CARECAST_TEST_POSTGRES_USER", "sa"), envOr("CARECAST_TEST_POSTGRES_PASSWORD", ""), schema,
					this.dir);
		}
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		this.h2 = Server
			.createTcpServer("-tcpPort", String.valueOf(port), "-ifNotExists", "-baseDir", this.dir.toString())
			.start();
		return new Database(
				"jdbc:h2:tcp://localhost:" + port
						+ "/crash;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
				"sa", "", null, this.dir);
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null) ? value : fallback;
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/**
	 * The classpath this test runs on, without the test classes: the application as
	 * {@code target/classes} and its dependencies, so the process scans no test beans and
	 * reads no test settings.
	 */
	private static String applicationClasspath() {
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return Arrays.stream(classpath.split(File.pathSeparator))
			.filter((entry) -> !entry.isBlank() && !Path.of(entry).endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	/** Where every node of this test keeps its data. */
	record Database(String url, String user, String password, @Nullable String schema, Path dir) {

		DataSource dataSource() {
			return new DriverManagerDataSource(this.url, this.user, this.password);
		}

		/**
		 * Command-line settings of one node: they win over every settings file, the
		 * test's own included.
		 */
		List<String> arguments(String name, int threads) {
			List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + this.url,
					"--spring.datasource.username=" + this.user, "--spring.datasource.password=" + this.password,
					"--server.port=0", "--spring.main.banner-mode=off", "--carecast.demo.enabled=false",
					"--carecast.channels.encryption-key=" + ENCRYPTION_KEY,
					"--carecast.channels.key-file=" + this.dir.resolve("unused.key"),
					// A beat a second: the killed node's sends are taken over 6 s after
					// its last beat instead of a minute.
					"--carecast.scheduler.heartbeat-interval=1s", "--carecast.scheduler.polling-interval=500ms",
					"--spring.application.name=carecast-" + name));
			if (this.schema != null) {
				arguments.add("--spring.flyway.schemas=" + this.schema);
			}
			if (threads > 0) {
				arguments.add("--carecast.scheduler.threads=" + threads);
			}
			return arguments;
		}

	}

}
