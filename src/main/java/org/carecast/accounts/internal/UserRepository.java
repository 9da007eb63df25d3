package org.carecast.accounts.internal;

import org.carecast.shared.jdbc.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.carecast.accounts.Role;
import org.carecast.accounts.UserAccount;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * People and their roles. Every read that starts from an id also takes the organization
 * id, so a person of another organization is simply not found.
 */
@Repository
public class UserRepository {

	private static final String COLUMNS = "id, organization_id, email, display_name, enabled, must_change_password, created_at";

	private final JdbcClient jdbc;

	UserRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A user with the password hash, for authentication only. */
	public record Credentials(UserAccount account, String passwordHash) {
	}

	public void insert(UserAccount user, String passwordHash) {
		this.jdbc.sql("insert into app_user (" + COLUMNS + ", password_hash) values (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(user.id(), user.organizationId(), user.email(), user.displayName(), user.enabled(),
					user.mustChangePassword(), Timestamps.of(user.createdAt()), passwordHash)
			.update();
		replaceRoles(user.organizationId(), user.id(), user.roles());
	}

	public boolean emailTaken(String email) {
		return this.jdbc.sql("select count(*) from app_user where email = ?")
			.param(email)
			.query(Long.class)
			.single() > 0;
	}

	public Optional<Credentials> credentialsByEmail(String email) {
		return this.jdbc.sql("select " + COLUMNS + ", password_hash from app_user where email = ?")
			.param(email)
			.query((rs, n) -> new Credentials(map(rs, Set.of()), rs.getString("password_hash")))
			.optional()
			.map((c) -> new Credentials(withRoles(c.account()), c.passwordHash()));
	}

	public Optional<String> passwordHash(UUID organizationId, UUID id) {
		return this.jdbc.sql("select password_hash from app_user where organization_id = ? and id = ?")
			.params(organizationId, id)
			.query(String.class)
			.optional();
	}

	public Optional<UserAccount> find(UUID organizationId, UUID id) {
		return this.jdbc.sql("select " + COLUMNS + " from app_user where organization_id = ? and id = ?")
			.params(organizationId, id)
			.query((rs, n) -> map(rs, Set.of()))
			.optional()
			.map(this::withRoles);
	}

	public List<UserAccount> list(UUID organizationId) {
		Map<UUID, Set<Role>> roles = new HashMap<>();
		this.jdbc.sql("select user_id, role from user_role where organization_id = ?")
			.param(organizationId)
			.query((rs) -> {
				roles.computeIfAbsent(rs.getObject("user_id", UUID.class), (k) -> EnumSet.noneOf(Role.class))
					.add(Role.valueOf(rs.getString("role")));
			});
		return this.jdbc
			.sql("select " + COLUMNS + " from app_user where organization_id = ? order by lower(display_name), email")
			.param(organizationId)
			.query((rs, n) -> map(rs, roles.getOrDefault(rs.getObject("id", UUID.class), Set.of())))
			.list();
	}

	public long countEnabledWithRole(UUID organizationId, Role role) {
		return this.jdbc
			.sql("select count(*) from app_user u join user_role r on r.user_id = u.id "
					+ "where u.organization_id = ? and u.enabled = true and r.role = ?")
			.params(organizationId, role.name())
			.query(Long.class)
			.single();
	}

	public void replaceRoles(UUID organizationId, UUID userId, Set<Role> roles) {
		this.jdbc.sql("delete from user_role where organization_id = ? and user_id = ?")
			.params(organizationId, userId)
			.update();
		for (Role role : roles) {
			this.jdbc.sql("insert into user_role (user_id, organization_id, role) values (?, ?, ?)")
				.params(userId, organizationId, role.name())
				.update();
		}
	}

	public void setEnabled(UUID organizationId, UUID id, boolean enabled) {
		this.jdbc.sql("update app_user set enabled = ? where organization_id = ? and id = ?")
			.params(enabled, organizationId, id)
			.update();
	}

	public void setPassword(UUID organizationId, UUID id, String passwordHash, boolean mustChange) {
		this.jdbc
			.sql("update app_user set password_hash = ?, must_change_password = ? where organization_id = ? and id = ?")
			.params(passwordHash, mustChange, organizationId, id)
			.update();
	}

	public void updateDisplayName(UUID organizationId, UUID id, String displayName) {
		this.jdbc.sql("update app_user set display_name = ? where organization_id = ? and id = ?")
			.params(displayName, organizationId, id)
			.update();
	}

	private UserAccount withRoles(UserAccount user) {
		List<String> names = this.jdbc.sql("select role from user_role where organization_id = ? and user_id = ?")
			.params(user.organizationId(), user.id())
			.query(String.class)
			.list();
		Set<Role> roles = EnumSet.noneOf(Role.class);
		names.forEach((name) -> roles.add(Role.valueOf(name)));
		return new UserAccount(user.id(), user.organizationId(), user.email(), user.displayName(), user.enabled(),
				user.mustChangePassword(), roles, user.createdAt());
	}

	private static UserAccount map(ResultSet rs, Set<Role> roles) throws SQLException {
		return new UserAccount(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getString("email"), rs.getString("display_name"), rs.getBoolean("enabled"),
				rs.getBoolean("must_change_password"), roles, Timestamps.read(rs, "created_at"));
	}

}
