package org.carecast.guardrail;

import java.util.List;

import org.carecast.guardrail.internal.text.Tokenizer;

/**
 * A text analysed once and shared by every check: the original string, a lower-cased copy
 * of the same length (so offsets agree) and its tokens. Each token's word, as written and
 * lower-cased, is cut once here: the checks ask for them many times.
 */
public final class Analysis {

	private final String text;

	private final String lower;

	private final List<Token> tokens;

	private final String[] words;

	private final String[] lowerWords;

	/**
	 * @param text the original text
	 * @param lower the text with each char lower-cased in place
	 * @param tokens tokens in order, by offsets into {@code text}
	 */
	public Analysis(String text, String lower, List<Token> tokens) {
		this.text = text;
		this.lower = lower;
		this.tokens = List.copyOf(tokens);
		this.words = new String[this.tokens.size()];
		this.lowerWords = new String[this.tokens.size()];
		for (int i = 0; i < this.words.length; i++) {
			Token token = this.tokens.get(i);
			this.words[i] = Tokenizer.word(text, token.start(), token.end());
			// Most words have no capital: their lower-case form is the same string.
			boolean sameCase = text.regionMatches(token.start(), lower, token.start(), token.length());
			this.lowerWords[i] = sameCase ? this.words[i] : Tokenizer.word(lower, token.start(), token.end());
		}
	}

	public static Analysis of(String text) {
		return new Analysis(text, Tokenizer.lowerInPlace(text), Tokenizer.tokenize(text));
	}

	/**
	 * The original text.
	 */
	public String text() {
		return this.text;
	}

	/**
	 * The text with each char lower-cased in place.
	 */
	public String lower() {
		return this.lower;
	}

	/**
	 * Tokens in order, by offsets into {@link #text()}.
	 */
	public List<Token> tokens() {
		return this.tokens;
	}

	public Token token(int index) {
		return this.tokens.get(index);
	}

	public int size() {
		return this.tokens.size();
	}

	public String word(int index) {
		return this.words[index];
	}

	public String lowerWord(int index) {
		return this.lowerWords[index];
	}

	/**
	 * Whether the token is a word starting with an upper-case letter followed by at least
	 * one lower-case letter, as names and places are written.
	 */
	public boolean capitalized(int index) {
		Token token = this.tokens.get(index);
		if (token.kind() != Token.Kind.WORD || token.length() < 2) {
			return false;
		}
		return Character.isUpperCase(this.text.charAt(token.start()))
				&& Character.isLowerCase(this.text.charAt(token.start() + 1));
	}

	/**
	 * Whether the token opens a sentence (start of text, or after . ! ? or a line break).
	 */
	public boolean startsSentence(int index) {
		for (int i = index - 1; i >= 0; i--) {
			Token previous = this.tokens.get(i);
			if (previous.kind() == Token.Kind.SYMBOL) {
				continue;
			}
			if (previous.kind() != Token.Kind.PUNCT) {
				return this.text.substring(previous.end(), this.tokens.get(index).start()).contains("\n");
			}
			char c = this.text.charAt(previous.start());
			return c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\u201C';
		}
		return true;
	}

	/**
	 * The text between two tokens (the gap after {@code index}).
	 */
	public String gapAfter(int index) {
		int end = (index + 1 < this.tokens.size()) ? this.tokens.get(index + 1).start() : this.text.length();
		return this.text.substring(this.tokens.get(index).end(), end);
	}

}
