package org.carecast.channels.x;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body, which the JDK client does not build itself. The
 * boundary is random so that no image's bytes can contain it by accident.
 */
final class XMultipart {

	private final String boundary = "carecast-" + UUID.randomUUID();

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();

	String contentType() {
		return "multipart/form-data; boundary=" + this.boundary;
	}

	XMultipart field(String name, String value) {
		write("--" + this.boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
				+ "\r\n");
		return this;
	}

	XMultipart file(String name, String mimeType, byte[] content) {
		write("--" + this.boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name
				+ "\"\r\nContent-Type: " + mimeType + "\r\n\r\n");
		this.body.writeBytes(content);
		write("\r\n");
		return this;
	}

	byte[] build() {
		write("--" + this.boundary + "--\r\n");
		return this.body.toByteArray();
	}

	private void write(String text) {
		this.body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
