package org.carecast.guardrail.internal.text;

import java.util.ArrayList;
import java.util.List;

import org.carecast.guardrail.Token;

/**
 * One pass over the text that splits it into tokens by offsets. Joiners ({@code ' - . /
 * _ :} and a comma between digits) stay inside a token only when a letter or digit
 * follows, so {@code 2KT7-RN4-GH61}, {@code 10/2} and {@code gofundme.com/f/x} are single
 * tokens while a sentence's final period is not.
 */
public final class Tokenizer {

	/**
	 * One-char strings for ASCII, shared by every analysis (punctuation tokens are mostly
	 * one char). Never written after class initialisation.
	 */
	private static final String[] ASCII = new String[128];

	static {
		for (char c = 0; c < 128; c++) {
			ASCII[c] = String.valueOf(c);
		}
	}

	private Tokenizer() {
	}

	/**
	 * The text of a token, without a new string for a one-char ASCII token.
	 */
	public static String word(String text, int start, int end) {
		if (end == start + 1 && text.charAt(start) < 128) {
			return ASCII[text.charAt(start)];
		}
		return text.substring(start, end);
	}

	public static List<Token> tokenize(String text) {
		List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 4));
		int length = text.length();
		int i = 0;
		while (i < length) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if ((c == '@' || c == '#') && i + 1 < length && isWordChar(text.charAt(i + 1))) {
				int end = scanWord(text, i + 1);
				tokens.add(new Token(i, end, (c == '@') ? Token.Kind.HANDLE : Token.Kind.HASHTAG));
				i = end;
			}
			else if (isWordChar(c)) {
				int end = scanWord(text, i);
				tokens.add(new Token(i, end, hasLetter(text, i, end) ? Token.Kind.WORD : Token.Kind.NUMBER));
				i = end;
			}
			else {
				int end = i + (Character.isHighSurrogate(c) && i + 1 < length ? 2 : 1);
				boolean punct = c < 128;
				tokens.add(new Token(i, end, punct ? Token.Kind.PUNCT : Token.Kind.SYMBOL));
				i = end;
			}
		}
		return tokens;
	}

	/**
	 * Lower-cases char by char so the result has the same length and offsets as the
	 * input.
	 */
	public static String lowerInPlace(String text) {
		char[] chars = text.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			chars[i] = Character.toLowerCase(chars[i]);
		}
		return new String(chars);
	}

	private static int scanWord(String text, int from) {
		int length = text.length();
		int i = from;
		while (i < length) {
			char c = text.charAt(i);
			if (isWordChar(c)) {
				i++;
			}
			else if (isJoiner(text, i) && i + 1 < length && isWordChar(text.charAt(i + 1))) {
				i++;
			}
			else {
				break;
			}
		}
		return i;
	}

	private static boolean isJoiner(String text, int i) {
		char c = text.charAt(i);
		if (c == ',') {
			return i > 0 && Character.isDigit(text.charAt(i - 1)) && i + 1 < text.length()
					&& Character.isDigit(text.charAt(i + 1));
		}
		return c == '\'' || c == '\u2019' || c == '-' || c == '.' || c == '/' || c == '_' || c == ':';
	}

	private static boolean isWordChar(char c) {
		return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
	}

	private static boolean hasLetter(String text, int start, int end) {
		for (int i = start; i < end; i++) {
			if (Character.isLetter(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

}
