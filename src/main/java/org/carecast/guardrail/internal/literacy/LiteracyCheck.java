package org.carecast.guardrail.internal.literacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.carecast.guardrail.Analysis;
import org.carecast.guardrail.Check;
import org.carecast.guardrail.Finding;
import org.carecast.guardrail.ScanContext;
import org.carecast.guardrail.Severity;
import org.carecast.guardrail.Token;

/**
 * Plain language for outbound posts: the reading grade (Flesch–Kincaid, with SMOG in the
 * explanation) against the policy's target, and medical jargon with a plain alternative
 * from {@code guardrail/literacy/jargon.txt}. Advice only.
 */
public final class LiteracyCheck implements Check {

	public static final String NAME = "literacy";

	/**
	 * Below this many words a grade says little about the text.
	 */
	private static final int MIN_WORDS = 20;

	private final Map<String, List<String[]>> jargonByFirstWord;

	public LiteracyCheck() {
		this.jargonByFirstWord = loadJargon();
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<Finding> inspect(Analysis analysis, ScanContext context) {
		List<Finding> findings = new ArrayList<>();
		if (!context.direction().isOutbound()) {
			return findings;
		}
		Readability readability = Readability.of(analysis);
		int target = context.policy().gradeTarget();
		if (readability.words() >= MIN_WORDS && readability.grade() > target) {
			findings.add(new Finding(NAME, "GRADE", 0, analysis.text().length(), Severity.ADVISE, 0.7, "literacy.grade",
					String.format(
							Locale.ROOT, "Reading grade %.1f; your target is grade %d.", readability.grade(), target),
					"Use shorter sentences and everyday words.",
					String.format(Locale.ROOT, "Flesch-Kincaid %.1f, SMOG %.1f; %d words, %d sentences, %d syllables",
							readability.grade(), readability.smog(), readability.words(), readability.sentences(),
							readability.syllables())));
		}
		jargon(analysis, findings);
		return findings;
	}

	private void jargon(Analysis analysis, List<Finding> findings) {
		for (int i = 0; i < analysis.size(); i++) {
			if (analysis.token(i).kind() != Token.Kind.WORD) {
				continue;
			}
			List<String[]> terms = this.jargonByFirstWord.get(analysis.lowerWord(i));
			if (terms == null) {
				continue;
			}
			for (String[] term : terms) {
				int start = analysis.token(i).start();
				int end = start + term[0].length();
				boolean matches = analysis.lower().startsWith(term[0], start)
						&& (end == analysis.text().length() || !Character.isLetterOrDigit(analysis.text().charAt(end)));
				if (matches) {
					findings.add(new Finding(NAME, "JARGON", start, end, Severity.ADVISE, 0.6, "literacy.jargon",
							"Medical term many readers may not know.", "Try \"" + term[1] + "\".",
							"listed in the plain-language word list")
						.withReplacement(matchCase(analysis.text().charAt(start), term[1])));
					break;
				}
			}
		}
	}

	private static Map<String, List<String[]>> loadJargon() {
		Map<String, List<String[]>> map = new HashMap<>();
		try (InputStream in = LiteracyCheck.class.getClassLoader()
			.getResourceAsStream("guardrail/literacy/jargon.txt")) {
			if (in == null) {
				throw new IllegalStateException("Missing guardrail/literacy/jargon.txt");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				int bar = line.indexOf('|');
				if (line.startsWith("#") || bar < 0) {
					continue;
				}
				String term = line.substring(0, bar).trim();
				String first = term.split(" ", 2)[0];
				map.computeIfAbsent(first, (key) -> new ArrayList<>())
					.add(new String[] { term, line.substring(bar + 1).trim() });
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the jargon list", ex);
		}
		// Longest terms first, so "cardiac arrest" wins over "cardiac".
		map.values().forEach((list) -> list.sort((a, b) -> b[0].length() - a[0].length()));
		return Map.copyOf(map);
	}

	/** "Hypertension" at the start of a sentence becomes "High blood pressure". */
	private static String matchCase(char first, String plain) {
		return (Character.isUpperCase(first) && !plain.isEmpty())
				? Character.toUpperCase(plain.charAt(0)) + plain.substring(1) : plain;
	}

}
