package org.carecast.guardrail.internal.text;

import java.util.List;

import org.carecast.guardrail.Token;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTests {

	@Test
	void keepsJoinedIdentifiersWholeAndSplitsFinalPunctuation() {
		String text = "MBI 2KT7-RN4-GH61, on 10/2. @dmartinez_77 #NICUgrad \uD83D\uDE00 Mr. O'Neil";
		List<String> words = tokens(text);
		assertThat(words).containsExactly("MBI", "2KT7-RN4-GH61", ",", "on", "10/2", ".", "@dmartinez_77", "#NICUgrad",
				"\uD83D\uDE00", "Mr", ".", "O'Neil");
	}

	@Test
	void lowerCasingKeepsOffsets() {
		String text = "\u0130stanbul ẞ Ärzte";
		assertThat(Tokenizer.lowerInPlace(text)).hasSameSizeAs(text);
	}

	@Test
	void kindsOfTokens() {
		List<Token> tokens = Tokenizer.tokenize("Room 412 @x #y !");
		assertThat(tokens).extracting(Token::kind)
			.containsExactly(Token.Kind.WORD, Token.Kind.NUMBER, Token.Kind.HANDLE, Token.Kind.HASHTAG,
					Token.Kind.PUNCT);
	}

	private static List<String> tokens(String text) {
		return Tokenizer.tokenize(text).stream().map((token) -> text.substring(token.start(), token.end())).toList();
	}

}
