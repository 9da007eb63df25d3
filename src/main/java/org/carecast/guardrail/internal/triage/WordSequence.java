package org.carecast.guardrail.internal.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An inbound text cut once into lower-case words, the shape every cue list reads. Links
 * become {@code <url>}, mentions {@code <mention>}, a hashtag its word, and each emoji
 * its own word, so lexicons can name them. Chat spellings are written out ({@code cant}
 * becomes {@code can't}, {@code kms} becomes {@code kill myself}) so one lexicon line
 * covers both. Control, format and bidirectional characters only separate words. One
 * pass, linear in the text's length.
 */
final class WordSequence {

	static final String URL = "<url>";

	static final String MENTION = "<mention>";

	private final List<String> words = new ArrayList<>();

	private final List<Integer> sentences = new ArrayList<>();

	private final List<Boolean> questions = new ArrayList<>();

	private int sentence;

	private int hashtags;

	private int shouted;

	private int exclamations;

	private WordSequence() {
	}

	static WordSequence of(String text, Map<String, String[]> spellings) {
		WordSequence sequence = new WordSequence();
		sequence.scan(text, spellings);
		return sequence;
	}

	private void scan(String text, Map<String, String[]> spellings) {
		int length = text.length();
		int i = 0;
		while (i < length) {
			int cp = text.codePointAt(i);
			int width = Character.charCount(cp);
			if (isWordChar(cp) || ((cp == '#' || cp == '@') && i + 1 < length && isWordChar(text.codePointAt(i + 1)))) {
				i = word(text, i, spellings);
				continue;
			}
			if (cp == '?' || cp == '.' || cp == '!' || cp == '\n') {
				endSentence(cp == '?');
				this.exclamations += (cp == '!') ? 1 : 0;
			}
			else if (isEmoji(cp)) {
				add(new String(Character.toChars(cp)));
			}
			i += width;
		}
		endSentence(false);
	}

	private int word(String text, int start, Map<String, String[]> spellings) {
		int end = start + 1;
		while (end < text.length()) {
			char c = text.charAt(end);
			if (text.startsWith("://", end) && end + 3 < text.length() && isWordChar(text.codePointAt(end + 3))) {
				end += 3;
				continue;
			}
			boolean inner = (c == '\'' || c == '\u2019' || c == '.' || c == '/' || c == '-' || c == ':')
					&& end + 1 < text.length() && isWordChar(text.codePointAt(end + 1));
			if (!isWordChar(text.codePointAt(end)) && !inner) {
				break;
			}
			end += Character.charCount(text.codePointAt(end));
		}
		String raw = text.substring(start, end);
		if (raw.length() > 1 && raw.chars().filter(Character::isLetter).count() > 2
				&& raw.equals(raw.toUpperCase(Locale.ROOT)) && !raw.equals(raw.toLowerCase(Locale.ROOT))) {
			this.shouted++;
		}
		String lower = raw.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
		if (lower.charAt(0) == '@') {
			add(MENTION);
		}
		else if (lower.charAt(0) == '#') {
			this.hashtags++;
			add(lower.substring(1));
		}
		else if (WebAddress.is(lower)) {
			add(URL);
			// The host stays as a word ("url:bit.ly"): shorteners and booking links are
			// what ads and scams use.
			add("url:" + WebAddress.host(lower));
		}
		else {
			addSplit(lower, spellings);
		}
		return end;
	}

	/** Words joined by dots, dashes or slashes ("side-effects", "24/7") count apart. */
	private void addSplit(String lower, Map<String, String[]> spellings) {
		int from = 0;
		for (int i = 0; i <= lower.length(); i++) {
			if (i == lower.length() || lower.charAt(i) == '-' || lower.charAt(i) == '/' || lower.charAt(i) == '.'
					|| lower.charAt(i) == ':') {
				if (i > from) {
					String part = lower.substring(from, i);
					String[] spelled = spellings.get(part);
					if (spelled != null) {
						for (String word : spelled) {
							add(word);
						}
					}
					else {
						add(part);
					}
				}
				from = i + 1;
			}
		}
	}

	private void add(String word) {
		this.words.add(word);
		this.sentences.add(this.sentence);
	}

	private void endSentence(boolean question) {
		if (!this.sentences.isEmpty() && this.sentences.get(this.sentences.size() - 1) == this.sentence) {
			this.questions.add(question);
			this.sentence++;
		}
		else if (question && !this.questions.isEmpty()) {
			// "really??" or "what?!": the mark belongs to the sentence just closed.
			this.questions.set(this.questions.size() - 1, true);
		}
	}

	private static boolean isWordChar(int cp) {
		return Character.isLetterOrDigit(cp) || cp == '_';
	}

	private static boolean isEmoji(int cp) {
		return (cp >= 0x1F300 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || cp == 0x2764;
	}

	int size() {
		return this.words.size();
	}

	String word(int index) {
		return this.words.get(index);
	}

	int sentenceOf(int index) {
		return this.sentences.get(index);
	}

	int sentenceCount() {
		return this.questions.size();
	}

	/** Whether the sentence ends with a question mark. */
	boolean isQuestion(int sentence) {
		return sentence >= 0 && sentence < this.questions.size() && this.questions.get(sentence);
	}

	boolean hasQuestion() {
		return this.questions.contains(Boolean.TRUE);
	}

	int hashtags() {
		return this.hashtags;
	}

	/** Words written in capitals ("SIX WEEKS"), a sign of anger. */
	int shouted() {
		return this.shouted;
	}

	int exclamations() {
		return this.exclamations;
	}

	int count(String word) {
		int n = 0;
		for (String w : this.words) {
			n += w.equals(word) ? 1 : 0;
		}
		return n;
	}

}
