package org.carecast.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.carecast.accounts.internal.UserRepository;
import org.carecast.audit.AuditEvent;
import org.carecast.audit.AuditTrail;
import org.carecast.shared.Actor;
import org.carecast.shared.ConflictException;
import org.carecast.shared.InvalidInputException;
import org.carecast.shared.ResourceNotFoundException;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invites, disables and re-roles people of one organization. Every method takes the
 * acting person and works only inside that person's organization; every change is audited
 * in the same transaction.
 */
@Service
public class UserAdministration {

	private final UserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final AuditTrail auditTrail;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	UserAdministration(UserRepository users, PasswordEncoder passwordEncoder, AuditTrail auditTrail, Clock clock) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	/**
	 * A new person and the one-time password to hand over; it is shown once, never
	 * stored.
	 */
	public record Invitation(UserAccount user, String oneTimePassword) {
	}

	@Transactional(readOnly = true)
	public List<UserAccount> list(Actor actor) {
		return this.users.list(actor.organizationId());
	}

	/**
	 * The enabled people of an organization who hold any of {@code roles}: whom a system
	 * notice such as a crisis alert goes to, where there is no acting person.
	 */
	@Transactional(readOnly = true)
	public List<UserAccount> enabledWithAnyRole(UUID organizationId, Set<Role> roles) {
		return this.users.list(organizationId)
			.stream()
			.filter((u) -> u.enabled() && u.roles().stream().anyMatch(roles::contains))
			.toList();
	}

	@Transactional(readOnly = true)
	public UserAccount get(Actor actor, UUID id) {
		return this.users.find(actor.organizationId(), id).orElseThrow(() -> new ResourceNotFoundException("User"));
	}

	@Transactional
	public Invitation invite(Actor actor, String email, String displayName, Set<Role> roles) {
		Invitation invitation = create(actor.organizationId(), email, displayName, roles, true);
		this.auditTrail.record(AuditEvent.by(actor, "user.invited", "user", invitation.user().id(),
				"invited with roles " + names(roles)));
		return invitation;
	}

	/**
	 * Creates a person without an acting user (the admin command, demo data) with a
	 * generated password, which the person must replace at first sign-in if
	 * {@code mustChangePassword}.
	 */
	@Transactional
	public Invitation createInitial(UUID organizationId, String email, String displayName, Set<Role> roles,
			boolean mustChangePassword, String createdBy) {
		Invitation invitation = create(organizationId, email, displayName, roles, mustChangePassword);
		this.auditTrail.record(new AuditEvent(organizationId, null, createdBy, "user.created", "user",
				invitation.user().id().toString(), AuditEvent.Outcome.SUCCESS, "created with roles " + names(roles)));
		return invitation;
	}

	@Transactional
	public UserAccount updateRoles(Actor actor, UUID id, Set<Role> roles) {
		UserAccount before = get(actor, id);
		if (before.hasRole(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
			requireAnotherAdmin(actor, before);
		}
		this.users.replaceRoles(actor.organizationId(), id, roles);
		this.auditTrail.record(AuditEvent.by(actor, "user.roles_changed", "user", id,
				"roles " + names(before.roles()) + " -> " + names(roles)));
		return get(actor, id);
	}

	@Transactional
	public UserAccount setEnabled(Actor actor, UUID id, boolean enabled) {
		UserAccount before = get(actor, id);
		if (!enabled && before.id().equals(actor.userId())) {
			throw new ConflictException("cannot_disable_self", "You cannot disable your own account.");
		}
		if (!enabled && before.hasRole(Role.ADMIN)) {
			requireAnotherAdmin(actor, before);
		}
		this.users.setEnabled(actor.organizationId(), id, enabled);
		this.auditTrail.record(AuditEvent.by(actor, enabled ? "user.enabled" : "user.disabled", "user", id,
				enabled ? "account enabled" : "account disabled"));
		return get(actor, id);
	}

	@Transactional
	public String resetPassword(Actor actor, UUID id) {
		get(actor, id);
		String oneTime = PasswordPolicy.oneTimePassword(this.random);
		this.users.setPassword(actor.organizationId(), id, this.passwordEncoder.encode(oneTime), true);
		this.auditTrail.record(AuditEvent.by(actor, "user.password_reset", "user", id,
				"one-time password issued; change required at next sign-in"));
		return oneTime;
	}

	/** Returns {@code false} when the current password is wrong; nothing changes then. */
	@Transactional
	public boolean changeOwnPassword(Actor actor, String currentPassword, String newPassword) {
		String hash = this.users.passwordHash(actor.organizationId(), actor.userId())
			.orElseThrow(() -> new ResourceNotFoundException("User"));
		if (!this.passwordEncoder.matches(currentPassword, hash)) {
			this.auditTrail.record(new AuditEvent(actor.organizationId(), actor.userId(), actor.displayName(),
					"user.password_change_failed", "user", actor.userId().toString(), AuditEvent.Outcome.FAILURE,
					"current password did not match"));
			return false;
		}
		requireAcceptable(newPassword);
		this.users.setPassword(actor.organizationId(), actor.userId(), this.passwordEncoder.encode(newPassword), false);
		this.auditTrail.record(
				AuditEvent.by(actor, "user.password_changed", "user", actor.userId(), "password changed by its owner"));
		return true;
	}

	/** Lower-cased and trimmed: the form in which emails are stored and looked up. */
	public static String normalizeEmail(String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
	}

	private Invitation create(UUID organizationId, String email, String displayName, Set<Role> roles,
			boolean mustChange) {
		String normalized = normalizeEmail(email);
		if (this.users.emailTaken(normalized)) {
			throw new ConflictException("email_taken", "Someone already signs in with this email.");
		}
		String secret = PasswordPolicy.oneTimePassword(this.random);
		UserAccount user = new UserAccount(UUID.randomUUID(), organizationId, normalized, displayName.strip(), true,
				mustChange, roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles), this.clock.instant());
		this.users.insert(user, this.passwordEncoder.encode(secret));
		return new Invitation(user, secret);
	}

	private void requireAnotherAdmin(Actor actor, UserAccount target) {
		long admins = this.users.countEnabledWithRole(actor.organizationId(), Role.ADMIN);
		if (target.enabled() && admins <= 1) {
			throw new ConflictException("last_admin", "The organization needs at least one active administrator.");
		}
	}

	private static void requireAcceptable(String password) {
		String problem = PasswordPolicy.problem(password);
		if (problem != null) {
			throw new InvalidInputException(problem);
		}
	}

	static String names(Set<Role> roles) {
		return roles.isEmpty() ? "(none)" : roles.stream().sorted().map(Role::name).collect(Collectors.joining(", "));
	}

}
