package org.carecast.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors raised before any controller is chosen (an unknown address under {@code /api}, a
 * method the address does not support, an Accept header that rules out JSON) never reach
 * {@link ApiProblemHandler}, which only advises API controllers, and would get Spring
 * Boot's generic error body. API clients get the same problem body as for every other
 * error; for pages the exception is rethrown, so browsers still see the error pages.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiRoutingProblemHandler {

	@ExceptionHandler({ NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class,
			HttpMediaTypeNotAcceptableException.class })
	ResponseEntity<ProblemDetail> noRoute(Exception ex, HttpServletRequest request) throws Exception {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith("/api/")) {
			// Rethrowing hands the exception on to the remaining resolvers unchanged.
			throw ex;
		}
		if (ex instanceof HttpRequestMethodNotSupportedException notSupported) {
			HttpHeaders headers = new HttpHeaders();
			if (notSupported.getSupportedHttpMethods() != null) {
				headers.setAllow(notSupported.getSupportedHttpMethods());
			}
			return new ResponseEntity<>(ApiProblemHandler.problem(HttpStatus.METHOD_NOT_ALLOWED, "method_not_allowed",
					"This address does not support that method."), headers, HttpStatus.METHOD_NOT_ALLOWED);
		}
		if (ex instanceof HttpMediaTypeNotAcceptableException) {
			// Refused before the controller runs, so nothing was changed.
			return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
				.body(ApiProblemHandler.problem(HttpStatus.NOT_ACCEPTABLE, "not_acceptable",
						"The API answers in JSON only; accept application/json."));
		}
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.body(ApiProblemHandler.problem(HttpStatus.NOT_FOUND, "not_found", "No such resource."));
	}

}
