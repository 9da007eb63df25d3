package org.carecast.accounts.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * RFC 9457 bodies for errors raised before a controller runs (no token, a bad token, a
 * forbidden role on the API chain). Kept to fixed strings so nothing from the request is
 * echoed.
 */
final class ProblemResponses {

	private ProblemResponses() {
	}

	static void write(HttpServletResponse response, int status, String title, String code, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail + "\",\"code\":\"" + code + "\"}");
	}

}
