package org.carecast.publishing.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.jspecify.annotations.Nullable;

import org.springframework.web.multipart.MultipartFile;

/**
 * The composer's file field. A browser sends an empty part without a file name when no
 * file was chosen; a chosen file that is empty is still an upload, and is refused as one.
 */
final class UploadedImage {

	private UploadedImage() {
	}

	static byte @Nullable [] bytes(@Nullable MultipartFile file) {
		if (file == null
				|| (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
			return null;
		}
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The uploaded image could not be read", ex);
		}
	}

	/** Browsers forget a chosen file when the page comes back, so say so. */
	static String problem(RuntimeException ex, byte @Nullable [] upload) {
		return (upload != null) ? ex.getMessage() + " Choose the image file again." : ex.getMessage();
	}

}
