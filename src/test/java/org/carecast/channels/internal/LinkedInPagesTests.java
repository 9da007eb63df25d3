package org.carecast.channels.internal;

import java.util.Map;

import org.carecast.channels.ChannelNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What counts as a LinkedIn Page's organization id, and the setting that makes the
 * sign-in ask for Page access.
 */
class LinkedInPagesTests {

	@Test
	void digitsAndOrganizationUrnsNameAPage() {
		assertThat(LinkedInPages.organizationUrn("5515715")).isEqualTo("urn:li:organization:5515715");
		assertThat(LinkedInPages.organizationUrn("  5515715 \n")).isEqualTo("urn:li:organization:5515715");
		assertThat(LinkedInPages.organizationUrn("urn:li:organization:5515715"))
			.isEqualTo("urn:li:organization:5515715");
		assertThat(LinkedInPages.organizationUrn("12345678901234567890")).endsWith(":12345678901234567890");
	}

	@Test
	void emptyInputClearsThePage() {
		assertThat(LinkedInPages.organizationUrn(null)).isNull();
		assertThat(LinkedInPages.organizationUrn("")).isNull();
		assertThat(LinkedInPages.organizationUrn("   ")).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "clinic", "123abc", "123456789012345678901", "urn:li:person:x", "urn:li:organization:",
			"urn:li:organization:12a", "urn:li:organization:5515715 OR 1=1", "<script>alert(1)</script>", "-5", "1 2",
			"١٢٣", "https://www.linkedin.com/company/5515715/admin" })
	void anythingElseIsRefusedWithoutQuotingIt(String input) {
		assertThatExceptionOfType(LinkedInPages.NotAPageException.class)
			.isThrownBy(() -> LinkedInPages.organizationUrn(input))
			.withMessage(new LinkedInPages.NotAPageException().getMessage())
			.withMessageContaining("organization id");
	}

	@Test
	void pageModeIsOffUnlessSet() {
		ChannelsProperties unset = bind(Map.of("carecast.channels.linkedin.base-url", "https://li.example"));
		assertThat(unset.linkedinOrganizationPages()).isFalse();
		assertThat(unset.endpoint(ChannelNetwork.LINKEDIN).baseUrl()).hasToString("https://li.example");
		assertThat(bind(Map.of()).linkedinOrganizationPages()).isFalse();
		assertThat(bind(Map.of("carecast.channels.linkedin.organization-pages", "false")).linkedinOrganizationPages())
			.isFalse();
	}

	@Test
	void pageModeIsOnWhenSetAndKeepsTheRestOfLinkedInsSettings() {
		ChannelsProperties on = bind(
				Map.of("carecast.channels.linkedin.organization-pages", "true", "carecast.channels.linkedin.client-id",
						"li-client", "carecast.channels.linkedin.client-secret", "li-secret-value"));
		assertThat(on.linkedinOrganizationPages()).isTrue();
		assertThat(on.endpoint(ChannelNetwork.LINKEDIN).clientId()).isEqualTo("li-client");
		assertThat(on.endpoint(ChannelNetwork.LINKEDIN).baseUrl()).hasToString("https://api.linkedin.com");
		assertThat(on.linkedin()).asString().doesNotContain("li-secret-value").contains("organization pages true");
	}

	private static ChannelsProperties bind(Map<String, String> values) {
		return new Binder(new MapConfigurationPropertySource(values)).bindOrCreate("carecast.channels",
				ChannelsProperties.class);
	}

}
