package org.carecast.channels.x;

import java.net.http.HttpResponse;

import org.carecast.channels.http.NetworkHttp.ErrorReader;
import tools.jackson.databind.JsonNode;

/**
 * Errors of X's OAuth 2.0 token and revoke endpoints, which answer in the OAuth shape
 * ({@code error}, {@code error_description}) rather than problem JSON. A refused code or
 * refresh token is a rejection of that grant, not an expired session: the caller decides
 * what it means. Only the short {@code error} code is kept, since the description can
 * quote the grant.
 */
final class XTokenErrors implements ErrorReader {

	@Override
	public Kind classify(HttpResponse<byte[]> response, JsonNode body) {
		int status = response.statusCode();
		if (status == 400 || status == 401) {
			return Kind.REJECTED;
		}
		return ErrorReader.super.classify(response, body);
	}

	@Override
	public String message(HttpResponse<byte[]> response, JsonNode body) {
		String code = body.path("error").asString("");
		String shown = code.matches("[a-z_]{1,40}") ? " (" + code + ")" : "";
		return "X refused the authorization" + shown;
	}

}
