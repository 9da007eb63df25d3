package org.carecast.channels.facebook;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * A {@code multipart/form-data} body with text fields and one file, for photo uploads
 * whose bytes have no public URL Facebook could fetch.
 */
record MultipartForm(String boundary, byte[] body) {

	static MultipartForm of(Map<String, String> fields, String fileField, byte[] file, String mimeType) {
		String boundary = "carecast-" + UUID.randomUUID();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		fields.forEach((name, value) -> write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
				+ name + "\"\r\n\r\n" + value + "\r\n"));
		write(out, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
				+ "\"; filename=\"photo\"\r\nContent-Type: " + mimeType + "\r\n\r\n");
		out.writeBytes(file);
		write(out, "\r\n--" + boundary + "--\r\n");
		return new MultipartForm(boundary, out.toByteArray());
	}

	String contentType() {
		return "multipart/form-data; boundary=" + this.boundary;
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}

}
