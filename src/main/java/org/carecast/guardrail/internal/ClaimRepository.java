package org.carecast.guardrail.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.carecast.guardrail.ClaimDetails;
import org.carecast.guardrail.OrganizationClaim;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores organizations' own health myths. Every query is scoped to the organization.
 */
@Repository
public class ClaimRepository {

	private static final String COLUMNS = "id, claim_key, topic, myth, paraphrases, correction, source_name, "
			+ "source_url, last_reviewed, retired, version";

	private final JdbcClient jdbc;

	ClaimRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored claim with whether it is retired and its version. */
	public record StoredClaim(OrganizationClaim claim, boolean retired, int version) {
	}

	public List<StoredClaim> all(UUID organizationId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from organization_claim where organization_id = ? order by retired, claim_key")
			.param(organizationId)
			.query(ClaimRepository::row)
			.list();
	}

	public List<OrganizationClaim> active(UUID organizationId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from organization_claim where organization_id = ? and retired = false "
					+ "order by claim_key")
			.param(organizationId)
			.query(ClaimRepository::row)
			.list()
			.stream()
			.map(StoredClaim::claim)
			.toList();
	}

	public Optional<StoredClaim> find(UUID organizationId, UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from organization_claim where organization_id = ? and id = ?")
			.params(organizationId, id)
			.query(ClaimRepository::row)
			.optional();
	}

	public boolean keyTaken(UUID organizationId, String key, UUID except) {
		return this.jdbc
			.sql("select count(*) from organization_claim where organization_id = ? and claim_key = ? and id <> ?")
			.params(organizationId, key, except)
			.query(Integer.class)
			.single() > 0;
	}

	public void insert(UUID organizationId, UUID id, ClaimDetails details, UUID createdBy, Instant at) {
		OffsetDateTime now = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
		this.jdbc
			.sql("insert into organization_claim (id, organization_id, claim_key, topic, myth, paraphrases, "
					+ "correction, source_name, source_url, last_reviewed, retired, created_by, created_at, "
					+ "updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, 0)")
			.params(id, organizationId, details.key(), details.topic(), details.myth(), details.paraphraseLines(),
					details.correction(), details.sourceName(), details.sourceUrl(), details.lastReviewed(), createdBy,
					now, now)
			.update();
	}

	/**
	 * Updates the claim if it is still at {@code version}; false when someone changed it.
	 */
	public boolean update(UUID organizationId, UUID id, int version, ClaimDetails details, Instant at) {
		return this.jdbc
			.sql("update organization_claim set claim_key = ?, topic = ?, myth = ?, paraphrases = ?, correction = ?, "
					+ "source_name = ?, source_url = ?, last_reviewed = ?, updated_at = ?, version = version + 1 "
					+ "where organization_id = ? and id = ? and version = ?")
			.params(details.key(), details.topic(), details.myth(), details.paraphraseLines(), details.correction(),
					details.sourceName(), details.sourceUrl(), details.lastReviewed(),
					OffsetDateTime.ofInstant(at, ZoneOffset.UTC), organizationId, id, version)
			.update() == 1;
	}

	public boolean setRetired(UUID organizationId, UUID id, int version, boolean retired, Instant at) {
		return this.jdbc
			.sql("update organization_claim set retired = ?, updated_at = ?, version = version + 1 "
					+ "where organization_id = ? and id = ? and version = ?")
			.params(retired, OffsetDateTime.ofInstant(at, ZoneOffset.UTC), organizationId, id, version)
			.update() == 1;
	}

	private static StoredClaim row(ResultSet rs, int n) throws SQLException {
		OrganizationClaim claim = new OrganizationClaim(rs.getObject("id", UUID.class), rs.getString("claim_key"),
				rs.getString("topic"), rs.getString("myth"), ClaimDetails.lines(rs.getString("paraphrases")),
				rs.getString("correction"), rs.getString("source_name"), rs.getString("source_url"),
				rs.getObject("last_reviewed", java.time.LocalDate.class));
		return new StoredClaim(claim, rs.getBoolean("retired"), rs.getInt("version"));
	}

}
