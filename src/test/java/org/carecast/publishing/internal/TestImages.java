package org.carecast.publishing.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * Real, decodable images for tests, made on the spot so no binary files sit in the
 * repository.
 */
public final class TestImages {

	private TestImages() {
	}

	public static byte[] jpeg() {
		return encode("jpg", 16, 12);
	}

	public static byte[] png() {
		return encode("png", 16, 12);
	}

	/** {@code bytes} long, starting like a JPEG: enough for the size rules. */
	public static byte[] jpegOfSize(int bytes) {
		byte[] content = new byte[bytes];
		byte[] real = jpeg();
		System.arraycopy(real, 0, content, 0, Math.min(real.length, bytes));
		return content;
	}

	private static byte[] encode(String format, int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < width; x++) {
			for (int y = 0; y < height; y++) {
				image.setRGB(x, y, new Color(20 * (x % 12), 40, 200 - 10 * (y % 12)).getRGB());
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
