package org.carecast.guardrail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes reports as JSON lines and as a readable summary.
 */
final class ReportFormat {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ReportFormat() {
	}

	static String jsonLine(Object id, Report report) {
		return jsonLine(id, report, null);
	}

	/**
	 * @param triage the labels of an inbound item, or {@code null} for an outbound one
	 * (written as no labels)
	 */
	static String jsonLine(Object id, Report report, Triage triage) {
		Map<String, Object> line = new LinkedHashMap<>();
		line.put("id", id);
		line.put("verdict", report.verdict().code());
		List<Map<String, Object>> findings = new ArrayList<>();
		for (Finding finding : report.findings()) {
			findings.add(finding(finding));
		}
		line.put("findings", findings);
		List<String> labels = new ArrayList<>();
		Map<String, String> reasons = new LinkedHashMap<>();
		if (triage != null) {
			for (TriageDecision decision : triage.decisions()) {
				labels.add(decision.label().code());
				reasons.put(decision.label().code(), decision.reason());
			}
		}
		line.put("labels", labels);
		line.put("label_reasons", reasons);
		return JSON.writeValueAsString(line);
	}

	static Map<String, Object> finding(Finding finding) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("check", finding.check());
		map.put("type", finding.type());
		map.put("start", finding.start());
		map.put("end", finding.end());
		map.put("severity", finding.severity().code());
		map.put("score", Math.round(finding.score() * 100) / 100.0);
		map.put("rule", finding.rule());
		map.put("message", finding.message());
		map.put("suggestion", finding.suggestion());
		return map;
	}

	static String readable(Report report) {
		StringBuilder out = new StringBuilder();
		out.append("Verdict: ").append(report.verdict().code().toUpperCase(java.util.Locale.ROOT)).append('\n');
		if (report.findings().isEmpty()) {
			out.append("No findings.\n");
		}
		for (Finding finding : report.findings()) {
			out.append(String.format("- %s %s/%s at %d-%d (%s, score %.2f)%n    %s%n    Fix: %s%n",
					finding.severity().code(), finding.check(), finding.type(), finding.start(), finding.end(),
					finding.rule(), finding.score(), finding.message(), finding.suggestion()));
		}
		out.append("Redacted: ").append(report.redactedText()).append('\n');
		return out.toString();
	}

}
