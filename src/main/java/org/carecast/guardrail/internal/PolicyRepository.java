package org.carecast.guardrail.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.carecast.guardrail.PolicySettings;
import org.carecast.guardrail.Severity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores policies one row per organization; lists one entry per line, severities as
 * {@code check=severity} lines.
 */
@Repository
public class PolicyRepository {

	private final JdbcClient jdbc;

	PolicyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<PolicySettings> find(UUID organizationId) {
		return this.jdbc
			.sql("select disabled_checks, severities, grade_target, allow_terms, deny_terms, own_contacts "
					+ "from guardrail_policy where organization_id = ?")
			.param(organizationId)
			.query((rs, n) -> new PolicySettings(Set.copyOf(lines(rs.getString(1))), severities(rs.getString(2)),
					rs.getInt(3), lines(rs.getString(4)), lines(rs.getString(5)), lines(rs.getString(6))))
			.optional();
	}

	public void save(UUID organizationId, PolicySettings settings, Instant at) {
		Object[] values = { join(settings.disabledChecks()), severities(settings.severities()), settings.gradeTarget(),
				join(settings.allowTerms()), join(settings.denyTerms()), join(settings.ownContacts()),
				OffsetDateTime.ofInstant(at, ZoneOffset.UTC), organizationId };
		int updated = this.jdbc
			.sql("update guardrail_policy set disabled_checks = ?, severities = ?, grade_target = ?, allow_terms = ?, "
					+ "deny_terms = ?, own_contacts = ?, updated_at = ? where organization_id = ?")
			.params(values)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into guardrail_policy (disabled_checks, severities, grade_target, allow_terms, "
						+ "deny_terms, own_contacts, updated_at, organization_id) values (?, ?, ?, ?, ?, ?, ?, ?)")
				.params(values)
				.update();
		}
	}

	private static List<String> lines(String value) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		return Arrays.stream(value.split("\n")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	private static String join(Collection<String> values) {
		return String.join("\n", new LinkedHashSet<>(values));
	}

	private static Map<String, Severity> severities(String value) {
		Map<String, Severity> out = new HashMap<>();
		for (String line : lines(value)) {
			int eq = line.indexOf('=');
			if (eq > 0) {
				out.put(line.substring(0, eq), Severity.valueOf(line.substring(eq + 1)));
			}
		}
		return out;
	}

	private static String severities(Map<String, Severity> severities) {
		return severities.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((e) -> e.getKey() + "=" + e.getValue().name())
			.collect(Collectors.joining("\n"));
	}

}
