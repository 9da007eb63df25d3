package org.carecast.guardrail.internal.accessibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.carecast.guardrail.Analysis;
import org.carecast.guardrail.Check;
import org.carecast.guardrail.Finding;
import org.carecast.guardrail.Media;
import org.carecast.guardrail.ScanContext;
import org.carecast.guardrail.Severity;
import org.carecast.guardrail.Token;
import org.carecast.guardrail.internal.text.Emoji;
import org.carecast.guardrail.internal.text.Graphemes;

/**
 * What makes a post hard to use with a screen reader: images without alt text, long
 * lower-case hashtags (read as one word), runs of emoji (each read aloud by name),
 * sentences in capitals (read letter by letter or as shouting) and "click here" links.
 * Missing alt text asks for review; the rest is advice.
 */
public final class AccessibilityCheck implements Check {

	public static final String NAME = "accessibility";

	private static final int EMOJI_RUN = 4;

	private static final int LONG_HASHTAG = 12;

	private static final Pattern CLICK_HERE = Pattern
		.compile("\\b(?:click|tap|press)\\s(?:here|this link)\\b|\\blink here\\b", Pattern.CASE_INSENSITIVE);

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
		altText(context.media(), findings);
		hashtags(analysis, findings);
		emojiRuns(analysis.text(), findings);
		capitals(analysis, findings);
		// Every phrase the pattern knows holds "here" or "link": most posts have neither.
		boolean linkWords = analysis.lower().contains("here") || analysis.lower().contains("link");
		Matcher click = CLICK_HERE.matcher(linkWords ? analysis.text() : "");
		while (click.find()) {
			findings.add(advice("LINK_TEXT", click.start(), click.end(), "accessibility.link-text",
					"\"Click here\" tells a screen-reader user nothing about the link.",
					"Say where the link goes, for example \"Book your flu shot: riverbendhealth.org/flu\"."));
		}
		return findings;
	}

	private static void altText(List<Media> media, List<Finding> findings) {
		for (int i = 0; i < media.size(); i++) {
			if (!media.get(i).hasAltText()) {
				findings.add(new Finding(NAME, "ALT_TEXT", 0, 0, Severity.REVIEW, 1.0, "accessibility.alt-text",
						"Attachment " + (i + 1) + " (" + media.get(i).kind() + ") has no alt text.",
						"Describe what the image shows and why it matters, in a sentence or two.",
						"attached media without a description"));
			}
		}
	}

	private static void hashtags(Analysis analysis, List<Finding> findings) {
		for (Token token : analysis.tokens()) {
			if (token.kind() != Token.Kind.HASHTAG || token.length() - 1 < LONG_HASHTAG) {
				continue;
			}
			String body = analysis.text().substring(token.start() + 1, token.end());
			boolean flat = body.equals(body.toLowerCase(Locale.ROOT)) || body.equals(body.toUpperCase(Locale.ROOT));
			if (flat && body.chars().allMatch(Character::isLetter)) {
				findings.add(advice("HASHTAG_CASE", token.start(), token.end(), "accessibility.hashtag-case",
						"A long hashtag in one case is read as a single word by screen readers.",
						"Capitalise each word (CamelCase), for example #HeatSafety."));
			}
		}
	}

	private static void emojiRuns(String text, List<Finding> findings) {
		Graphemes grapheme = new Graphemes(text);
		int runStart = -1;
		int runEnd = -1;
		int count = 0;
		while (grapheme.next()) {
			String cluster = grapheme.cluster();
			if (Emoji.isEmoji(cluster)) {
				if (count == 0) {
					runStart = grapheme.start();
				}
				count++;
				runEnd = grapheme.end();
			}
			else if (!cluster.isBlank()) {
				addRun(findings, count, runStart, runEnd);
				count = 0;
			}
		}
		addRun(findings, count, runStart, runEnd);
	}

	private static void addRun(List<Finding> findings, int count, int start, int end) {
		if (count >= EMOJI_RUN) {
			findings.add(advice("EMOJI_RUN", start, end, "accessibility.emoji-run",
					count + " emoji in a row: a screen reader reads out each one's name.",
					"Keep one or two emoji, at the end of the sentence."));
		}
	}

	private static void capitals(Analysis analysis, List<Finding> findings) {
		int runStart = -1;
		int runEnd = -1;
		int words = 0;
		for (int i = 0; i < analysis.size(); i++) {
			Token token = analysis.token(i);
			if (token.kind() != Token.Kind.WORD) {
				continue;
			}
			boolean shouted = shouted(analysis.text(), token.start(), token.end());
			if (shouted) {
				if (words == 0) {
					runStart = token.start();
				}
				words++;
				runEnd = token.end();
			}
			else {
				addCapitals(findings, words, runStart, runEnd);
				words = 0;
			}
		}
		addCapitals(findings, words, runStart, runEnd);
	}

	/**
	 * A word of two or more chars, unchanged by upper-casing, with a letter. ASCII words
	 * are checked char by char; others go through {@link String#toUpperCase} (where one
	 * char can become two).
	 */
	private static boolean shouted(String text, int start, int end) {
		if (end - start < 2) {
			return false;
		}
		boolean letter = false;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c >= 128) {
				String word = text.substring(start, end);
				return word.equals(word.toUpperCase(Locale.ROOT)) && word.chars().anyMatch(Character::isLetter);
			}
			if (c >= 'a' && c <= 'z') {
				return false;
			}
			letter |= c >= 'A' && c <= 'Z';
		}
		return letter;
	}

	private static void addCapitals(List<Finding> findings, int words, int start, int end) {
		if (words >= 4) {
			findings.add(advice("ALL_CAPS", start, end, "accessibility.all-caps",
					"Text in capitals is harder to read and some screen readers spell it out.",
					"Write it in sentence case; use one capitalised word for emphasis if needed."));
		}
	}

	private static Finding advice(String type, int start, int end, String rule, String message, String suggestion) {
		return new Finding(NAME, type, start, end, Severity.ADVISE, 0.8, rule, message, suggestion,
				"accessibility rule " + rule);
	}

}
