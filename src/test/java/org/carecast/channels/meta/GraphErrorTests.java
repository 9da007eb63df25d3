package org.carecast.channels.meta;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.carecast.channels.http.NetworkHttp.ErrorReader.Kind;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class GraphErrorTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@ParameterizedTest(name = "HTTP {0}, code {1}/{2}, transient {3} -> {4}")
	@CsvSource({ "400, 190, 463, false, AUTHORIZATION", "400, 190, 0, false, AUTHORIZATION",
			"401, 0, 0, false, AUTHORIZATION", "400, 506, 0, false, DUPLICATE", "400, 100, 0, false, REJECTED",
			"403, 200, 0, false, REJECTED", "400, 368, 0, false, REJECTED", "400, 4, 0, false, RATE_LIMITED",
			"400, 17, 0, false, RATE_LIMITED", "403, 32, 0, false, RATE_LIMITED", "400, 613, 0, false, RATE_LIMITED",
			"400, 80001, 0, false, RATE_LIMITED", "400, 80002, 0, false, RATE_LIMITED",
			"400, 80014, 0, false, RATE_LIMITED", "400, 80010, 0, false, REJECTED",
			"400, 9, 2207042, false, RATE_LIMITED", "400, 368, 1390008, false, RATE_LIMITED",
			"429, 0, 0, false, RATE_LIMITED", "500, 0, 0, false, SERVER_ERROR", "400, 1, 0, false, SERVER_ERROR",
			"400, 2, 0, false, SERVER_ERROR", "400, 100, 0, true, SERVER_ERROR", "400, 9, 2207001, false, SERVER_ERROR",
			"400, 0, 0, false, REJECTED" })
	void codeDecidesWhatTheCallerMayDo(int status, int code, int subcode, boolean transientError, Kind kind) {
		String body = "{\"error\":{\"message\":\"m\",\"type\":\"OAuthException\",\"code\":" + code
				+ ",\"error_subcode\":" + subcode + ",\"is_transient\":" + transientError + "}}";
		assertThat(GraphError.from(status, this.json.readTree(body)).kind()).isEqualTo(kind);
	}

	@ParameterizedTest
	@CsvSource({ "400, 100, 33, true", "404, 0, 0, true", "400, 100, 0, false", "400, 190, 33, false" })
	void goneMeansObjectMissing(int status, int code, int subcode, boolean gone) {
		String body = "{\"error\":{\"code\":" + code + ",\"error_subcode\":" + subcode + "}}";
		assertThat(GraphError.from(status, this.json.readTree(body)).isGone()).isEqualTo(gone);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "{\"error\":{\"message\":\"dev\",\"error_user_msg\":\"user\"}}|user",
					"{\"error\":{\"message\":\"dev\",\"error_user_msg\":\"\"}}|dev", "{}|''", "[1,2]|''",
					"{\"error\":\"flat string\"}|''" })
	void prefersTheUserMessageAndSurvivesOddBodies(String body, String text) {
		assertThat(GraphError.from(400, this.json.readTree(body)).text()).isEqualTo(text);
	}

}
