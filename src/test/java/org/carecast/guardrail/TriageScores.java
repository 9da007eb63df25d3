package org.carecast.guardrail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scores triage labels on a labelled JSON-lines set the way ../shared/eval/score.py does:
 * per label over inbound items, macro-F1 over the eight labels other than "other" that
 * occur in the gold or the predictions. Also counts items labelled crisis that are not.
 */
final class TriageScores {

	private static final List<TriageLabel> SCORED = List.of(TriageLabel.CRISIS, TriageLabel.ADVERSE_EVENT,
			TriageLabel.MEDICAL_QUESTION, TriageLabel.APPOINTMENT, TriageLabel.COMPLAINT, TriageLabel.PRAISE,
			TriageLabel.MISINFORMATION, TriageLabel.SPAM);

	private final Map<TriageLabel, int[]> counts = new EnumMap<>(TriageLabel.class);

	private final List<String> falseCrises = new ArrayList<>();

	private final List<String> missedCrises = new ArrayList<>();

	private TriageScores() {
		SCORED.forEach((label) -> this.counts.put(label, new int[3]));
	}

	static TriageScores of(Path file, InboundTriage triage) throws IOException {
		TriageScores scores = new TriageScores();
		JsonMapper json = JsonMapper.builder().build();
		for (String line : Files.readAllLines(file)) {
			if (line.isBlank()) {
				continue;
			}
			JsonNode item = json.readTree(line);
			if (!"inbound".equals(item.get("direction").asString())) {
				continue;
			}
			Set<TriageLabel> gold = new HashSet<>();
			item.get("labels").forEach((code) -> TriageLabel.fromCode(code.asString()).ifPresent(gold::add));
			Set<TriageLabel> predicted = new HashSet<>(triage.classify(item.get("text").asString()).labels());
			scores.add(item.get("id").asString(), gold, predicted);
		}
		return scores;
	}

	private void add(String id, Set<TriageLabel> gold, Set<TriageLabel> predicted) {
		for (TriageLabel label : SCORED) {
			boolean g = gold.contains(label);
			boolean p = predicted.contains(label);
			int[] c = this.counts.get(label);
			c[0] += (g && p) ? 1 : 0;
			c[1] += (!g && p) ? 1 : 0;
			c[2] += (g && !p) ? 1 : 0;
		}
		if (predicted.contains(TriageLabel.CRISIS) && !gold.contains(TriageLabel.CRISIS)) {
			this.falseCrises.add(id);
		}
		if (gold.contains(TriageLabel.CRISIS) && !predicted.contains(TriageLabel.CRISIS)) {
			this.missedCrises.add(id);
		}
	}

	double precision(TriageLabel label) {
		int[] c = this.counts.get(label);
		return (c[0] + c[1] > 0) ? c[0] / (double) (c[0] + c[1]) : ((c[2] == 0) ? 1 : 0);
	}

	double recall(TriageLabel label) {
		int[] c = this.counts.get(label);
		return (c[0] + c[2] > 0) ? c[0] / (double) (c[0] + c[2]) : 1;
	}

	double f1(TriageLabel label) {
		double p = precision(label);
		double r = recall(label);
		return (p + r > 0) ? 2 * p * r / (p + r) : 0;
	}

	double macroF1() {
		double sum = 0;
		int n = 0;
		for (TriageLabel label : SCORED) {
			int[] c = this.counts.get(label);
			if (c[0] + c[1] + c[2] > 0) {
				sum += f1(label);
				n++;
			}
		}
		return (n > 0) ? sum / n : 0;
	}

	/** Ids of items labelled crisis that are not. */
	List<String> falseCrises() {
		return this.falseCrises;
	}

	/** Ids of crisis items the triage missed. */
	List<String> missedCrises() {
		return this.missedCrises;
	}

	@Override
	public String toString() {
		StringBuilder out = new StringBuilder("macro-F1 ").append(String.format("%.3f", macroF1()));
		for (TriageLabel label : SCORED) {
			out.append(String.format("; %s P %.2f R %.2f", label.code(), precision(label), recall(label)));
		}
		return out.toString();
	}

}
