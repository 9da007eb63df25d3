package org.carecast.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Input a service refuses, with a fixed plain-language message that quotes nothing of the
 * input. Mapped to 400; a bare {@link IllegalArgumentException} is not, because its
 * message may come from a library and repeat what was sent.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class InvalidInputException extends RuntimeException {

	public InvalidInputException(String message) {
		super(message);
	}

}
