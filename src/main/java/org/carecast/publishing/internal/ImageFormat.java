package org.carecast.publishing.internal;

import java.util.Optional;

/**
 * The image formats Carecast accepts, told apart by their first bytes rather than by a
 * file name or the browser's claim: a renamed file is what it is.
 */
public enum ImageFormat {

	JPEG("image/jpeg", "JPEG"), PNG("image/png", "PNG"), GIF("image/gif", "GIF"), WEBP("image/webp", "WebP");

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private final String mimeType;

	private final String label;

	ImageFormat(String mimeType, String label) {
		this.mimeType = mimeType;
		this.label = label;
	}

	public String mimeType() {
		return this.mimeType;
	}

	public String label() {
		return this.label;
	}

	/** The format whose signature {@code content} starts with. */
	public static Optional<ImageFormat> detect(byte[] content) {
		if (startsWith(content, 0, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
			return Optional.of(JPEG);
		}
		if (startsWith(content, 0, PNG_SIGNATURE)) {
			return Optional.of(PNG);
		}
		if (ascii(content, 0, "GIF87a") || ascii(content, 0, "GIF89a")) {
			return Optional.of(GIF);
		}
		if (ascii(content, 0, "RIFF") && ascii(content, 8, "WEBP")) {
			return Optional.of(WEBP);
		}
		return Optional.empty();
	}

	public static Optional<ImageFormat> ofMimeType(String mimeType) {
		for (ImageFormat format : values()) {
			if (format.mimeType.equals(mimeType)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

	private static boolean ascii(byte[] content, int offset, String expected) {
		byte[] bytes = new byte[expected.length()];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) expected.charAt(i);
		}
		return startsWith(content, offset, bytes);
	}

	private static boolean startsWith(byte[] content, int offset, byte... signature) {
		if (content == null || content.length < offset + signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if (content[offset + i] != signature[i]) {
				return false;
			}
		}
		return true;
	}

}
