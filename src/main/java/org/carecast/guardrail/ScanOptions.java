package org.carecast.guardrail;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The options of {@code carecast scan}.
 *
 * @param in JSON lines to read, or {@code null} for standard input
 * @param out where to write JSON lines, or {@code null} for standard output
 * @param text a single text to scan and report readably, or {@code null}
 * @param direction the direction for {@code --text} and for lines without one
 * @param network the network for {@code --text} and for lines without one
 * @param failOn exit 1 when a verdict is this bad or worse; {@code null} never
 */
record ScanOptions(Path in, Path out, String text, Direction direction, Network network, Severity failOn) {

	static ScanOptions parse(List<String> args) {
		Path in = null;
		Path out = null;
		String text = null;
		Direction direction = Direction.OUTBOUND_POST;
		Network network = Network.X;
		Severity failOn = null;
		for (int i = 0; i < args.size(); i++) {
			String option = args.get(i);
			if (i + 1 >= args.size()) {
				throw new IllegalArgumentException("option " + option + " needs a value");
			}
			String value = args.get(++i);
			switch (option) {
				case "--in" -> in = Path.of(value);
				case "--out" -> out = Path.of(value);
				case "--text" -> text = value;
				case "--direction" -> direction = direction(value);
				case "--channel", "--network" -> network = Network.fromCode(value)
					.orElseThrow(() -> new IllegalArgumentException("unknown channel for " + option));
				case "--fail-on" -> failOn = severity(value);
				default -> throw new IllegalArgumentException("unknown option " + option);
			}
		}
		return new ScanOptions(in, out, text, direction, network, failOn);
	}

	static Direction direction(String value) {
		return switch (value.trim().toLowerCase(Locale.ROOT)) {
			case "outbound", "outbound_post", "post" -> Direction.OUTBOUND_POST;
			case "outbound_reply", "reply" -> Direction.OUTBOUND_REPLY;
			case "inbound" -> Direction.INBOUND;
			default ->
				throw new IllegalArgumentException("unknown direction (use outbound, outbound_reply or inbound)");
		};
	}

	private static Severity severity(String value) {
		for (Severity severity : Severity.values()) {
			if (severity.code().equals(value.trim().toLowerCase(Locale.ROOT))) {
				return severity;
			}
		}
		throw new IllegalArgumentException("--fail-on takes block, review or advise");
	}

	ScanContext context() {
		return ScanContext.of(this.direction, this.network);
	}

	boolean fails(Report report) {
		if (this.failOn == null || report.verdict() == Verdict.PASS) {
			return false;
		}
		Severity worst = Severity.valueOf(report.verdict().name());
		return worst == this.failOn || worst.isWorseThan(this.failOn);
	}

}
