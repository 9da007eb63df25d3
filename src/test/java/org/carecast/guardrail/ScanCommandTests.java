package org.carecast.guardrail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class ScanCommandTests {

	private static final String CLEAN = "{\"id\":\"a1\",\"text\":\"Flu shots every Saturday!\",\"direction\":\"outbound\",\"channel\":\"x\",\"labels\":[\"ignored\"]}";

	private static final String PHI = "{\"id\":\"a2\",\"text\":\"Get well soon, Mr. Castellano, room 412\",\"direction\":\"outbound\",\"channel\":\"facebook\"}";

	private static final String INBOUND = "{\"id\":7,\"text\":\"my SSN is 512-44-9083\",\"direction\":\"inbound\",\"channel\":\"threads\"}";

	private final ScanCommand command = new ScanCommand(Guardrail.withDefaults());

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void writesOneJsonLinePerInputLine() {
		int status = run(List.of(), CLEAN + "\n\n" + PHI + "\n" + INBOUND + "\n");
		assertThat(status).isZero();
		List<String> lines = this.out.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(3);
		Map<?, ?> clean = json(lines.get(0));
		assertThat(clean.get("id")).isEqualTo("a1");
		assertThat(clean.get("verdict")).isEqualTo("pass");
		assertThat(clean.get("findings")).isEqualTo(List.of());
		assertThat(clean.get("labels")).isEqualTo(List.of());
		Map<?, ?> phi = json(lines.get(1));
		assertThat(phi.get("verdict")).isEqualTo("block");
		Map<?, ?> finding = (Map<?, ?>) ((List<?>) phi.get("findings")).get(0);
		assertThat(finding.keySet().stream().map(Object::toString).toList()).contains("check", "type", "start", "end",
				"severity", "rule", "message", "suggestion");
		assertThat(finding.get("check")).isEqualTo("phi");
		assertThat(json(lines.get(2)).get("id")).isEqualTo(7);
		assertThat(json(lines.get(2)).get("verdict")).isEqualTo("review");
	}

	@Test
	void inboundItemsGetTriageLabelsWithReasonsAndOutboundItemsNone() {
		String crisis = "{\"id\":\"c1\",\"text\":\"i can't go on anymore, i want to end my life\",\"direction\":\"inbound\",\"channel\":\"x\"}";
		String question = "{\"id\":\"q1\",\"text\":\"since starting lisinopril I have a dry cough, is that normal?\",\"direction\":\"inbound\",\"channel\":\"x\"}";
		String plain = "{\"id\":\"o1\",\"text\":\"Happy Friday all\",\"direction\":\"inbound\",\"channel\":\"x\"}";
		assertThat(run(List.of(), crisis + "\n" + question + "\n" + plain + "\n" + CLEAN + "\n")).isZero();
		List<String> lines = this.out.toString(StandardCharsets.UTF_8).lines().toList();
		Map<?, ?> first = json(lines.get(0));
		assertThat(first.get("labels")).isEqualTo(List.of("crisis"));
		assertThat(((Map<?, ?>) first.get("label_reasons")).get("crisis").toString()).isNotBlank()
			.doesNotContain("go on anymore");
		assertThat(json(lines.get(1)).get("labels")).isEqualTo(List.of("adverse_event", "medical_question"));
		assertThat(json(lines.get(2)).get("labels")).isEqualTo(List.of("other"));
		assertThat(json(lines.get(3)).get("labels")).isEqualTo(List.of());
		assertThat(json(lines.get(3)).get("label_reasons")).isEqualTo(Map.of());
	}

	@Test
	void invalidLineExitsTwoAndNamesTheLineButNotItsContent() {
		int status = run(List.of(), CLEAN + "\n{\"id\":\"x\",\"text\":\"secret Castellano\n");
		assertThat(status).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("line 2").doesNotContain("Castellano");
		assertThat(run(List.of(), "{\"id\":\"x\"}\n")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("line 1").contains("text");
		assertThat(run(List.of(), "{\"id\":\"x\",\"text\":\"hi\",\"channel\":\"myspace\"}\n")).isEqualTo(2);
	}

	@Test
	void failOnBlockExitsOneWhenAnItemBlocks() {
		assertThat(run(List.of("--fail-on", "block"), CLEAN + "\n")).isZero();
		assertThat(run(List.of("--fail-on", "block"), CLEAN + "\n" + PHI + "\n")).isEqualTo(1);
		assertThat(run(List.of("--fail-on", "block"), INBOUND + "\n")).isZero();
		assertThat(run(List.of("--fail-on", "review"), INBOUND + "\n")).isEqualTo(1);
	}

	@Test
	void textOptionPrintsAReadableReport() {
		int status = run(List.of("--text", "Happy 100th birthday, Mrs. Okafor!"), "");
		assertThat(status).isZero();
		String report = this.out.toString(StandardCharsets.UTF_8);
		assertThat(report).contains("Verdict: BLOCK")
			.contains("phi/NAME")
			.contains("Redacted: Happy [AGE] birthday, Mrs. [NAME]!");
	}

	@Test
	void readsAndWritesFiles(@TempDir Path folder) throws IOException {
		Path in = folder.resolve("in.jsonl");
		Path outFile = folder.resolve("out.jsonl");
		Files.writeString(in, PHI + "\n");
		assertThat(run(List.of("--in", in.toString(), "--out", outFile.toString()), "")).isZero();
		assertThat(Files.readAllLines(outFile)).hasSize(1);
	}

	@Test
	void unknownOptionIsAUsageError() {
		assertThat(run(List.of("--colour", "red"), "")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("usage:");
		assertThat(run(List.of("--in"), "")).isEqualTo(2);
	}

	private int run(List<String> args, String stdin) {
		this.out.reset();
		this.err.reset();
		return this.command.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private static Map<?, ?> json(String line) {
		return JsonMapper.builder().build().readValue(line, Map.class);
	}

}
