package org.carecast.channels.meta;

import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.carecast.channels.ChannelEndpoint;
import org.carecast.channels.ChannelNetwork;
import org.carecast.channels.http.NetworkHttp;

import static org.assertj.core.api.Assertions.assertThat;

class GraphUrlsTests {

	private final MetaGraph graph = new MetaGraph(new NetworkHttp(ChannelNetwork.FACEBOOK), Clock.systemUTC());

	@Test
	void versionIsAddedWithOrWithoutItsV() {
		for (String version : new String[] { "25.0", "v25.0", " v25.0 " }) {
			ChannelEndpoint endpoint = new ChannelEndpoint(URI.create("https://graph.facebook.com/"), version, "a",
					null);
			assertThat(this.graph.api(endpoint, "/123/feed", Map.of()))
				.hasToString("https://graph.facebook.com/v25.0/123/feed");
		}
	}

	@Test
	void queryValuesAreEncoded() {
		Map<String, String> query = new LinkedHashMap<>();
		query.put("fields", "id,message,attachments{target{id}}");
		query.put("q", "a b&c=d");
		ChannelEndpoint endpoint = new ChannelEndpoint(URI.create("https://graph.facebook.com"), "v25.0", "a", null);
		assertThat(this.graph.api(endpoint, "/me", query)).hasToString(
				"https://graph.facebook.com/v25.0/me?fields=id%2Cmessage%2Cattachments%7Btarget%7Bid%7D%7D&q=a%20b%26c%3Dd");
	}

	@Test
	void siblingHostsReplaceOnlyALeadingGraph() {
		assertThat(GraphUrls.sibling(URI.create("https://graph.facebook.com/v25.0/dialog/oauth?x=graph.y"), "www."))
			.hasToString("https://www.facebook.com/v25.0/dialog/oauth?x=graph.y");
		assertThat(GraphUrls.sibling(URI.create("https://graph.threads.net/oauth/authorize"), ""))
			.hasToString("https://threads.net/oauth/authorize");
		assertThat(GraphUrls.sibling(URI.create("http://localhost:8089/oauth/access_token"), "api."))
			.hasToString("http://localhost:8089/oauth/access_token");
	}

	@Test
	void onlyWellFormedHttpsLinksAreKept() {
		assertThat(GraphUrls.httpsLink("https://www.instagram.com/p/x/")).isNotNull();
		assertThat(GraphUrls.httpsLink("javascript:alert(1)")).isNull();
		assertThat(GraphUrls.httpsLink("http://insecure.example/")).isNull();
		assertThat(GraphUrls.httpsLink("https://bad host/")).isNull();
		assertThat(GraphUrls.httpsLink(null)).isNull();
	}

}
