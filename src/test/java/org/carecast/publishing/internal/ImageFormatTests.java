package org.carecast.publishing.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first bytes decide, with near misses: a truncated signature, a script with an image
 * name, a WAV file in the same RIFF container as WebP.
 */
class ImageFormatTests {

	static Stream<Arguments> files() {
		return Stream.of(Arguments.of("jpeg", TestImages.jpeg(), ImageFormat.JPEG),
				Arguments.of("png", TestImages.png(), ImageFormat.PNG),
				Arguments.of("gif89a", ascii("GIF89a\u0001\u0000\u0001\u0000"), ImageFormat.GIF),
				Arguments.of("gif87a", ascii("GIF87a\u0001\u0000"), ImageFormat.GIF),
				Arguments.of("webp", ascii("RIFF\u0010\u0000\u0000\u0000WEBPVP8 "), ImageFormat.WEBP),
				Arguments.of("wav in RIFF", ascii("RIFF\u0010\u0000\u0000\u0000WAVEfmt "), null),
				Arguments.of("truncated png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A }, null),
				Arguments.of("two jpeg bytes", new byte[] { (byte) 0xFF, (byte) 0xD8 }, null),
				Arguments.of("script named photo.jpg", ascii("<script>alert(1)</script>"), null),
				Arguments.of("svg", ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"), null),
				Arguments.of("pdf", ascii("%PDF-1.7"), null), Arguments.of("gif9", ascii("GIF9"), null),
				Arguments.of("empty", new byte[0], null), Arguments.of("null", null, null));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("files")
	void detectsByContent(String name, byte[] content, ImageFormat expected) {
		assertThat(ImageFormat.detect(content)).isEqualTo(Optional.ofNullable(expected));
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

}
