package org.carecast.accounts.internal;

import org.carecast.shared.jdbc.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.carecast.accounts.StaffMember;
import org.carecast.shared.SqlLike;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class StaffRepository {

	private static final String COLUMNS = "id, organization_id, full_name, title, department, public_handle, created_at, updated_at";

	private final JdbcClient jdbc;

	StaffRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(StaffMember m) {
		this.jdbc.sql("insert into staff_member (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(m.id(), m.organizationId(), m.fullName(), m.title(), m.department(), m.publicHandle(),
					Timestamps.of(m.createdAt()), Timestamps.of(m.updatedAt()))
			.update();
	}

	public int update(StaffMember m) {
		return this.jdbc
			.sql("update staff_member set full_name = ?, title = ?, department = ?, public_handle = ?, updated_at = ? "
					+ "where organization_id = ? and id = ?")
			.params(m.fullName(), m.title(), m.department(), m.publicHandle(), Timestamps.of(m.updatedAt()),
					m.organizationId(), m.id())
			.update();
	}

	public int delete(UUID organizationId, UUID id) {
		return this.jdbc.sql("delete from staff_member where organization_id = ? and id = ?")
			.params(organizationId, id)
			.update();
	}

	public Optional<StaffMember> find(UUID organizationId, UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from staff_member where organization_id = ? and id = ?")
			.params(organizationId, id)
			.query(StaffRepository::map)
			.optional();
	}

	/**
	 * Members whose name, title, department or handle contains {@code search} (any case).
	 */
	public List<StaffMember> list(UUID organizationId, String search) {
		if (search == null || search.isBlank()) {
			return this.jdbc
				.sql("select " + COLUMNS + " from staff_member where organization_id = ? order by lower(full_name)")
				.param(organizationId)
				.query(StaffRepository::map)
				.list();
		}
		String like = SqlLike.containing(search);
		return this.jdbc
			.sql("select " + COLUMNS + " from staff_member where organization_id = ? and (lower(full_name) like ? "
					+ "or lower(coalesce(title, '')) like ? or lower(coalesce(department, '')) like ? "
					+ "or lower(coalesce(public_handle, '')) like ?) order by lower(full_name)")
			.params(organizationId, like, like, like, like)
			.query(StaffRepository::map)
			.list();
	}

	private static StaffMember map(ResultSet rs, int row) throws SQLException {
		return new StaffMember(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getString("full_name"), rs.getString("title"), rs.getString("department"),
				rs.getString("public_handle"), Timestamps.read(rs, "created_at"), Timestamps.read(rs, "updated_at"));
	}

}
