package org.carecast.publishing;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.carecast.accounts.Role;
import org.carecast.accounts.TestOrganizations;
import org.carecast.accounts.TestOrganizations.TestOrganization;
import org.carecast.channels.ChannelCredentials;
import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.ChannelTestAccounts;
import org.carecast.channels.internal.AccountLinker;
import org.carecast.shared.Actor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not part of the test suite (its name does not end in {@code Tests}): run it
 * with {@code scripts/bench-publish.sh}. 10,000 approved posts come due within one
 * minute, half to Mastodon accounts (the real connector against an in-process WireMock
 * server that keeps Idempotency-Key semantics and answers after a network-like delay),
 * half to the built-in sandbox network, spread over ten organizations. It checks that
 * every post is published and none twice, and reports the lateness of each publish (when
 * the network created it minus when it was due) and the throughput.
 *
 * <p>
 * The posts are composed, approved and scheduled through the real services an hour ahead,
 * then their due times are moved into the measured minute in one update, as if they had
 * been scheduled long before: setting up 10,000 posts takes longer than a minute on a
 * small machine, and posts are normally scheduled well in advance.
 *
 * <p>
 * Options (system properties): {@code bench.posts} (10000), {@code bench.window} (60s),
 * {@code bench.latency-ms} (100, the stub's answer time), and any Carecast setting, such
 * as {@code carecast.scheduler.threads}.
 */
@SpringBootTest
@Import({ TestOrganizations.class, ChannelTestAccounts.class })
class PublishingThroughputBenchmark {

	static final int POSTS = Integer.getInteger("bench.posts", 10_000);

	static final Duration WINDOW = Duration.parse("PT" + System.getProperty("bench.window", "60s"));

	static final int LATENCY_MS = Integer.getInteger("bench.latency-ms", 100);

	static final int ORGANIZATIONS = 10;

	static final IdempotentMastodonStatuses statuses = new IdempotentMastodonStatuses();

	static WireMockServer mastodon;

	@Autowired
	TestOrganizations organizations;

	@Autowired
	ChannelTestAccounts sandbox;

	@Autowired
	AccountLinker linker;

	@Autowired
	Posts posts;

	@Autowired
	PostReview review;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	Environment environment;

	@BeforeAll
	static void network() {
		mastodon = new WireMockServer(wireMockConfig().dynamicPort()
			.containerThreads(64)
			.asynchronousResponseEnabled(true)
			.extensions(statuses));
		mastodon.start();
		mastodon.stubFor(post("/api/v1/statuses")
			.willReturn(aResponse().withFixedDelay(LATENCY_MS).withTransformers(IdempotentMastodonStatuses.NAME)));
	}

	@AfterAll
	static void stop() {
		mastodon.stop();
	}

	@Test
	void tenThousandPostsDueWithinOneMinute() throws Exception {
		long before = published();
		long setupStarted = System.nanoTime();
		List<Author> authors = new ArrayList<>();
		for (int i = 0; i < ORGANIZATIONS; i++) {
			authors.add(author());
		}
		List<Scheduled> scheduled = Collections.synchronizedList(new ArrayList<>());
		ExecutorService setup = Executors.newFixedThreadPool(2);
		List<Future<?>> done = new ArrayList<>();
		for (int i = 0; i < POSTS; i++) {
			int n = i;
			done.add(setup.submit(() -> scheduled.add(schedule(authors.get(n % ORGANIZATIONS), n))));
		}
		for (Future<?> future : done) {
			future.get();
		}
		setup.shutdown();
		double setupSeconds = (System.nanoTime() - setupStarted) / 1e9;

		// Move every due time into the measured window. It starts once the 20,000 row
		// updates are surely done, so that no post comes due while its task still waits
		// an hour ahead.
		Instant windowStart = Instant.now().plusSeconds(15);
		List<Object[]> times = new ArrayList<>();
		List<Object[]> tasks = new ArrayList<>();
		Map<UUID, Instant> due = new java.util.HashMap<>();
		for (Scheduled s : scheduled) {
			Instant at = windowStart.plusNanos(WINDOW.toNanos() * s.index() / POSTS);
			due.put(s.delivery(), at);
			times.add(new Object[] { OffsetDateTime.ofInstant(at, ZoneOffset.UTC), s.post() });
			tasks.add(new Object[] { OffsetDateTime.ofInstant(at, ZoneOffset.UTC), s.delivery().toString() });
		}
		this.template.batchUpdate("update post set scheduled_at = ? where id = ?", times);
		this.template.batchUpdate("update scheduled_tasks set execution_time = ? where task_instance = ?", tasks);
		assertThat(Instant.now()).as("due times moved before the window starts").isBefore(windowStart);

		long waitStarted = System.nanoTime();
		while (published() - before < POSTS && System.nanoTime() - waitStarted < Duration.ofMinutes(15).toNanos()) {
			Thread.sleep(500);
		}

		List<Map<String, Object>> rows = this.jdbc
			.sql("select id, network, idempotency_key, published_at, attempts from post_delivery "
					+ "where state = 'PUBLISHED' and id in (:ids)")
			.param("ids", new ArrayList<>(due.keySet()))
			.query()
			.listOfRows();
		assertThat(rows).as("published deliveries").hasSize(POSTS);
		long mastodonPosts = rows.stream().filter((r) -> "MASTODON".equals(r.get("network"))).count();
		assertThat(statuses.created()).as("Mastodon statuses, one per post").hasSize((int) mastodonPosts);
		assertThat(mastodon.findAll(postRequestedFor(urlEqualTo("/api/v1/statuses")))).hasSize((int) mastodonPosts);
		assertThat(this.jdbc
			.sql("select count(*) from sandbox_post where idempotency_key in "
					+ "(select idempotency_key from post_delivery where network = 'SANDBOX' and id in (:ids))")
			.param("ids", new ArrayList<>(due.keySet()))
			.query(Long.class)
			.single()).as("sandbox posts, one per post").isEqualTo(POSTS - mastodonPosts);

		List<Long> lateness = new ArrayList<>();
		Instant lastPublished = windowStart;
		for (Map<String, Object> row : rows) {
			Instant publishedAt = ((OffsetDateTime) row.get("published_at")).toInstant();
			lateness.add(Duration.between(due.get((UUID) row.get("id")), publishedAt).toMillis());
			lastPublished = publishedAt.isAfter(lastPublished) ? publishedAt : lastPublished;
		}
		Collections.sort(lateness);
		double span = Duration.between(windowStart, lastPublished).toMillis() / 1000.0;
		String report = String.format("""
				Publishing benchmark, %s
				posts: %d (%d Mastodon via WireMock answering in %d ms, %d sandbox), %d organizations, due within %d s
				settings: threads=%s, polling-interval=%s, heartbeat-interval=%s, cores=%d
				setup (compose, approve, schedule through the services): %.0f s
				lateness ms: median %d, p90 %d, p99 %d, max %d, min %d
				throughput: %.0f posts/s (all %d published %.1f s after the first came due)
				""", Instant.now(), POSTS, mastodonPosts, LATENCY_MS, POSTS - mastodonPosts, ORGANIZATIONS,
				WINDOW.toSeconds(), this.environment.getProperty("carecast.scheduler.threads"),
				this.environment.getProperty("carecast.scheduler.polling-interval"),
				this.environment.getProperty("carecast.scheduler.heartbeat-interval"),
				Runtime.getRuntime().availableProcessors(), setupSeconds, percentile(lateness, 50),
				percentile(lateness, 90), percentile(lateness, 99), lateness.get(lateness.size() - 1), lateness.get(0),
				POSTS / span, POSTS, span);
		System.out.println(report);
		Files.writeString(Path.of("target", "bench-publish.txt"), report);
	}

	private long published() {
		return this.jdbc.sql("select count(*) from post_delivery where state = 'PUBLISHED'").query(Long.class).single();
	}

	private static long percentile(List<Long> sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
	}

	private Author author() {
		TestOrganization clinic = this.organizations.create();
		Actor admin = clinic.admin().actor();
		UUID mastodonAccount = this.linker.link(clinic.id(), admin, admin.displayName(), ChannelNetwork.MASTODON,
				new ChannelEndpoint(URI.create(mastodon.baseUrl()), "", "bench-client", "bench-secret"),
				new ChannelCredentials("bench-token-" + clinic.id(), null, null, "109876", "@clinic@social.example",
						Map.of()))
			.id();
		return new Author(clinic.person(Role.AUTHOR).actor(), clinic.person(Role.REVIEWER).actor(), mastodonAccount,
				this.sandbox.connectSandboxId(admin));
	}

	private Scheduled schedule(Author author, int n) {
		UUID account = (n % 2 == 0) ? author.mastodon() : author.sandbox();
		Instant later = Instant.now().plus(Duration.ofHours(1));
		Post post = this.posts.create(author.author(),
				PostDraft.of("Clinic update " + n + ": flu shots are available every weekday.", later, account));
		Post submitted = this.review.submit(author.author(), post.id(), post.version());
		Post approved = this.review.approve(author.reviewer(), post.id(), submitted.version(), null);
		Post scheduled = this.review.schedule(author.reviewer(), post.id(), approved.version(), later);
		UUID delivery = this.posts.deliveries(author.author(), post.id()).get(0).id();
		return new Scheduled(n, scheduled.id(), delivery);
	}

	record Author(Actor author, Actor reviewer, UUID mastodon, UUID sandbox) {
	}

	record Scheduled(int index, UUID post, UUID delivery) {
	}

}
