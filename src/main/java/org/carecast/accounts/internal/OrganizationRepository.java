package org.carecast.accounts.internal;

import org.carecast.shared.jdbc.Timestamps;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.carecast.accounts.Organization;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OrganizationRepository {

	private final JdbcClient jdbc;

	OrganizationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(Organization organization) {
		this.jdbc.sql("insert into organization (id, name, time_zone, created_at) values (?, ?, ?, ?)")
			.params(organization.id(), organization.name(), organization.timeZone(),
					Timestamps.of(organization.createdAt()))
			.update();
	}

	public Optional<Organization> find(UUID id) {
		return this.jdbc.sql("select id, name, time_zone, created_at from organization where id = ?")
			.param(id)
			.query((rs, n) -> new Organization(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("time_zone"), Timestamps.read(rs, "created_at")))
			.optional();
	}

	public List<UUID> ids() {
		return this.jdbc.sql("select id from organization").query(UUID.class).list();
	}

	public void updateSettings(UUID id, String name, String timeZone) {
		this.jdbc.sql("update organization set name = ?, time_zone = ? where id = ?")
			.params(name, timeZone, id)
			.update();
	}

}
