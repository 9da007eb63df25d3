package org.carecast.inbox.answers;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.carecast.inbox.answers.OrganizationAnswer.Status;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores the organization's own answers. Every query is scoped to the organization.
 */
@Repository
class AnswerRepository {

	private static final String COLUMNS = "id, organization_id, question, answer, source_name, source_url, status, "
			+ "review_by, approved_by, approved_at, updated_at, version";

	private final JdbcClient jdbc;

	AnswerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<OrganizationAnswer> all(UUID organizationId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from inbox_answer where organization_id = ? order by status, question")
			.param(organizationId)
			.query(AnswerRepository::row)
			.list();
	}

	List<OrganizationAnswer> approved(UUID organizationId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from inbox_answer where organization_id = ? and status = 'APPROVED' "
					+ "order by id")
			.param(organizationId)
			.query(AnswerRepository::row)
			.list();
	}

	Optional<OrganizationAnswer> find(UUID organizationId, UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from inbox_answer where organization_id = ? and id = ?")
			.params(organizationId, id)
			.query(AnswerRepository::row)
			.optional();
	}

	void insert(UUID organizationId, UUID id, AnswerDetails details, UUID createdBy, Instant at) {
		OffsetDateTime now = utc(at);
		this.jdbc
			.sql("insert into inbox_answer (id, organization_id, question, answer, source_name, source_url, status, "
					+ "review_by, created_by, created_at, updated_at, version) "
					+ "values (?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?, ?, 0)")
			.params(id, organizationId, details.question(), details.answer(), details.sourceName(), details.sourceUrl(),
					details.reviewBy(), createdBy, now, now)
			.update();
	}

	/** An edit sends the answer back to draft: it must be approved again. */
	boolean update(UUID organizationId, UUID id, int version, AnswerDetails details, Instant at) {
		return this.jdbc
			.sql("update inbox_answer set question = ?, answer = ?, source_name = ?, source_url = ?, review_by = ?, "
					+ "status = 'DRAFT', approved_by = null, approved_at = null, updated_at = ?, "
					+ "version = version + 1 where organization_id = ? and id = ? and version = ?")
			.params(details.question(), details.answer(), details.sourceName(), details.sourceUrl(), details.reviewBy(),
					utc(at), organizationId, id, version)
			.update() == 1;
	}

	boolean approve(UUID organizationId, UUID id, int version, UUID approvedBy, Instant at) {
		return this.jdbc
			.sql("update inbox_answer set status = 'APPROVED', approved_by = ?, approved_at = ?, updated_at = ?, "
					+ "version = version + 1 where organization_id = ? and id = ? and version = ?")
			.params(approvedBy, utc(at), utc(at), organizationId, id, version)
			.update() == 1;
	}

	boolean retire(UUID organizationId, UUID id, int version, Instant at) {
		return this.jdbc
			.sql("update inbox_answer set status = 'RETIRED', updated_at = ?, version = version + 1 "
					+ "where organization_id = ? and id = ? and version = ?")
			.params(utc(at), organizationId, id, version)
			.update() == 1;
	}

	private static OffsetDateTime utc(Instant at) {
		return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	private static OrganizationAnswer row(ResultSet rs, int n) throws SQLException {
		AnswerDetails details = new AnswerDetails(rs.getString("question"), rs.getString("answer"),
				rs.getString("source_name"), rs.getString("source_url"), rs.getObject("review_by", LocalDate.class));
		OffsetDateTime approvedAt = rs.getObject("approved_at", OffsetDateTime.class);
		return new OrganizationAnswer(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				details, Status.valueOf(rs.getString("status")), rs.getObject("approved_by", UUID.class),
				(approvedAt != null) ? approvedAt.toInstant() : null,
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getInt("version"));
	}

}
