package org.carecast.guardrail;

import java.util.Objects;

/**
 * Text to scan. Its {@code toString()} never shows the content, so a text that ends up in
 * a log line or an exception message leaks nothing.
 *
 * @param value the text exactly as it would be posted
 */
public record Text(String value) {

	public Text {
		Objects.requireNonNull(value, "value");
	}

	public static Text of(String value) {
		return new Text(value);
	}

	@Override
	public String toString() {
		return "Text[" + this.value.length() + " chars]";
	}

}
