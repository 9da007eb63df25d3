package org.carecast.accounts.internal;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo data ({@code carecast.demo.enabled}). Left unset, demo data is seeded only on the
 * embedded H2 database, never on PostgreSQL, so a production database never receives demo
 * accounts by accident.
 */
@ConfigurationProperties("carecast.demo")
public record DemoProperties(@Nullable Boolean enabled) {

	boolean enabledFor(String jdbcUrl) {
		return (this.enabled != null) ? this.enabled : (jdbcUrl != null && jdbcUrl.startsWith("jdbc:h2:"));
	}

}
