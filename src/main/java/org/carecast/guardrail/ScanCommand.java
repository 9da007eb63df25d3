package org.carecast.guardrail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * {@code carecast scan}: scans JSON lines or one {@code --text} without a database or web
 * server. Exit status 0 when done, 1 when {@code --fail-on} is met, 2 for invalid input
 * or usage. Error messages name the line, never its content.
 */
public final class ScanCommand {

	static final String USAGE = "usage: carecast scan [--in FILE] [--out FILE] [--text TEXT] "
			+ "[--direction outbound|outbound_reply|inbound] [--channel NETWORK] [--fail-on block|review|advise]";

	private final Guardrail guardrail;

	private final InboundTriage triage;

	public ScanCommand(Guardrail guardrail) {
		this(guardrail, new InboundTriage(guardrail));
	}

	/**
	 * @param triage labels inbound items (their {@code labels} and {@code label_reasons})
	 */
	public ScanCommand(Guardrail guardrail, InboundTriage triage) {
		this.guardrail = guardrail;
		this.triage = triage;
	}

	/**
	 * Runs the command with the arguments that follow {@code scan}.
	 */
	public int run(List<String> args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
		ScanOptions options;
		try {
			options = ScanOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			stderr.println("carecast scan: " + ex.getMessage());
			stderr.println(USAGE);
			return 2;
		}
		try {
			if (options.text() != null) {
				Report report = this.guardrail.scan(Text.of(options.text()), options.context());
				stdout.print(ReportFormat.readable(report));
				return options.fails(report) ? 1 : 0;
			}
			try (InputStream in = (options.in() != null) ? Files.newInputStream(options.in()) : stdin;
					OutputStream out = (options.out() != null) ? Files.newOutputStream(options.out()) : null) {
				PrintStream target = (out != null) ? new PrintStream(out, false, StandardCharsets.UTF_8) : stdout;
				Outcome outcome = scanLines(in, target, options);
				target.flush();
				if (outcome.error() != null) {
					stderr.println("carecast scan: " + outcome.error());
				}
				return outcome.status();
			}
		}
		catch (IOException ex) {
			stderr.println("carecast scan: cannot read or write a file (" + ex.getClass().getSimpleName() + ")");
			return 2;
		}
	}

	private Outcome scanLines(InputStream in, PrintStream out, ScanOptions options) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		boolean failed = false;
		int number = 0;
		String line;
		while ((line = reader.readLine()) != null) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			ScanItem item;
			try {
				item = ScanItem.parse(line, number, options);
			}
			catch (IllegalArgumentException ex) {
				return new Outcome(2, "line " + number + ": " + ex.getMessage());
			}
			Report report = this.guardrail.scan(Text.of(item.text()), item.context());
			Triage labels = (item.context().direction() == Direction.INBOUND)
					? this.triage.classify(item.text(), report) : null;
			out.println(ReportFormat.jsonLine(item.id(), report, labels));
			failed |= options.fails(report);
		}
		return new Outcome(failed ? 1 : 0, null);
	}

	private record Outcome(int status, String error) {
	}

}
