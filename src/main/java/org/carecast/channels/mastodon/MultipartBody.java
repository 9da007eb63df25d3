package org.carecast.channels.mastodon;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body, which the JDK client cannot build itself. Mastodon
 * needs it for media uploads because the file must carry its MIME type.
 */
final class MultipartBody {

	private final String boundary = "carecast-" + UUID.randomUUID();

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	MultipartBody text(String name, String value) {
		write("--" + this.boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n"
				+ "Content-Type: text/plain; charset=UTF-8\r\n\r\n");
		write(value);
		write("\r\n");
		return this;
	}

	MultipartBody file(String name, String fileName, String mimeType, byte[] content) {
		write("--" + this.boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + mimeType + "\r\n\r\n");
		this.out.writeBytes(content);
		write("\r\n");
		return this;
	}

	String contentType() {
		return "multipart/form-data; boundary=" + this.boundary;
	}

	byte[] bytes() {
		ByteArrayOutputStream copy = new ByteArrayOutputStream();
		copy.writeBytes(this.out.toByteArray());
		copy.writeBytes(("--" + this.boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return copy.toByteArray();
	}

	private void write(String value) {
		this.out.writeBytes(value.getBytes(StandardCharsets.UTF_8));
	}

}
