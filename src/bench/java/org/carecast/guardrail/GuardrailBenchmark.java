package org.carecast.guardrail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.carecast.guardrail.internal.triage.TriageClassifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.json.JsonMapper;

/**
 * Throughput of the full scan (every check the engine has) on one thread.
 *
 * <p>
 * {@code posts} scans the texts of {@code ../shared/eval/dev.jsonl} when it exists (the
 * labelled set lives beside the repository, never in it), otherwise a small set of
 * representative posts written for this benchmark; each invocation scans all of them, so
 * posts per second = score x number of texts (printed at setup). {@code hostileMegabyte}
 * scans 1 MB built to provoke catastrophic backtracking. {@code triage} labels the same
 * texts as inbound items (the lexicons, the rules and the crisis meaning check; the myth
 * check's verdict comes from the scan, so it is not repeated here), and
 * {@code triageHostileMegabyte} labels the hostile megabyte.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GuardrailBenchmark {

	private static final List<String> FALLBACK = List.of(
			"Flu shots are free this Saturday at our Elm Street clinic, 9am to 1pm. No appointment needed! #FluSeason",
			"So proud of my mom Dolores Whitcombe, she left room 412 today after 3 weeks. Thank you nurses!",
			"Questions about your bill? Call 555-201-3344 or visit riverside-health.example/billing.",
			"My husband's medicare number is 1EG4-TE5-MK73 and the pharmacy says it's invalid??",
			"Heat advisory today: drink water, check on older neighbors, and never leave kids or pets in cars.",
			"Little Mateo went home today after 63 days in our NICU. Born March 9, he weighed just 2 pounds!");

	private final Guardrail guardrail = Guardrail.withDefaults();

	private final TriageClassifier triage = new TriageClassifier();

	private List<Text> posts;

	private Text hostile;

	private ScanContext context;

	private ScanContext fourChecks;

	@Setup
	public void load() throws IOException {
		Path dev = Path.of("../shared/eval/dev.jsonl");
		List<Text> texts = new ArrayList<>();
		if (Files.exists(dev)) {
			JsonMapper json = JsonMapper.builder().build();
			for (String line : Files.readAllLines(dev)) {
				if (!line.isBlank()) {
					texts.add(Text.of((String) json.readValue(line, Map.class).get("text")));
				}
			}
		}
		else {
			FALLBACK.forEach((t) -> texts.add(Text.of(t)));
		}
		this.posts = List.copyOf(texts);
		System.out.println("\nGuardrailBenchmark.posts scans " + this.posts.size() + " texts per invocation ("
				+ (Files.exists(dev) ? "../shared/eval/dev.jsonl" : "built-in sample") + ")");
		this.hostile = Text.of(buildHostileMegabyte());
		this.context = ScanContext.of(Direction.OUTBOUND_POST, Network.X);
		this.fourChecks = this.context.withPolicy(new Policy(Set.of("phi", "platform", "literacy", "accessibility"),
				Map.of(), Set.of(), Set.of(), Set.of()));
	}

	/** Every check, misinformation and conduct included. */
	@Benchmark
	public int posts() {
		return scanAll(this.context);
	}

	/** The privacy, platform, plain-language and accessibility checks (issue #3's bar). */
	@Benchmark
	public int postsFourChecks() {
		return scanAll(this.fourChecks);
	}

	@Benchmark
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@BenchmarkMode(Mode.AverageTime)
	public int hostileMegabyte() {
		return this.guardrail.scan(this.hostile, this.context).findings().size();
	}

	@Benchmark
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@BenchmarkMode(Mode.AverageTime)
	public int hostileMegabyteFourChecks() {
		return this.guardrail.scan(this.hostile, this.fourChecks).findings().size();
	}

	/** Inbound triage of every text, one after another. */
	@Benchmark
	public int triage() {
		int labels = 0;
		for (Text post : this.posts) {
			labels += this.triage.classify(post.value(), null).decisions().size();
		}
		return labels;
	}

	@Benchmark
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	@BenchmarkMode(Mode.AverageTime)
	public int triageHostileMegabyte() {
		return this.triage.classify(this.hostile.value(), null).decisions().size();
	}

	private int scanAll(ScanContext scanContext) {
		int findings = 0;
		for (Text post : this.posts) {
			findings += this.guardrail.scan(post, scanContext).findings().size();
		}
		return findings;
	}

	static String buildHostileMegabyte() {
		StringBuilder out = new StringBuilder(1 << 20);
		String[] pieces = { "1234567890", "-/-/-/.", " Mr. Smith Jones Brown Miller ", "((((((((([[[[", "@@@@",
				"555 555 555 555 ", "Room Bed Apt ", "MRN: ", "Jan 1 2 3 ", "ÄÖÜ Ωμέγα 東京 " };
		int i = 0;
		while (out.length() < (1 << 20)) {
			out.append(pieces[i++ % pieces.length]);
		}
		out.setLength(1 << 20);
		return out.toString();
	}

}
