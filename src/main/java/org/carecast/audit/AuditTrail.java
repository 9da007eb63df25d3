package org.carecast.audit;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.carecast.audit.internal.AuditHashing;
import org.carecast.audit.internal.AuditRepository;
import org.carecast.audit.internal.AuditRepository.ChainHead;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail's API. {@link #record} joins the caller's transaction, so a change and
 * its audit record are committed together or not at all; if auditing fails, the change
 * fails.
 */
@Service
public class AuditTrail {

	static final int SUMMARY_LIMIT = 500;

	private static final int VERIFY_BATCH = 1000;

	private final AuditRepository repository;

	private final Clock clock;

	AuditTrail(AuditRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/** Called by modules when an organization is created, in the same transaction. */
	@Transactional
	public void startChain(UUID organizationId) {
		this.repository.createChain(organizationId.toString());
	}

	@Transactional
	public AuditRecord record(AuditEvent event) {
		if (event.summary() != null && event.summary().length() > SUMMARY_LIMIT) {
			throw new IllegalArgumentException("Audit summary is longer than " + SUMMARY_LIMIT + " characters");
		}
		String chainKey = chainKey(event.organizationId());
		ChainHead head = this.repository.lockHead(chainKey);
		AuditRecord unsigned = new AuditRecord(UUID.randomUUID(), head.lastSeq() + 1, event.organizationId(),
				AuditHashing.storable(this.clock.instant()), event.actorId(), event.actorName(), event.action(),
				event.resourceType(), event.resourceId(), clientAddress(), event.outcome().name().toLowerCase(),
				event.summary(), head.lastHash(), "");
		AuditRecord signed = withHash(unsigned, AuditHashing.hash(chainKey, unsigned));
		this.repository.append(chainKey, signed);
		return signed;
	}

	/**
	 * Newest first; one more than the page size is returned to tell whether a next page
	 * exists.
	 */
	@Transactional(readOnly = true)
	public List<AuditRecord> search(UUID organizationId, AuditQuery query) {
		return this.repository.search(organizationId, query);
	}

	@Transactional(readOnly = true)
	public List<String> actions(UUID organizationId) {
		return this.repository.actions(organizationId);
	}

	/**
	 * Recomputes the organization's chain from the first record and reports the first
	 * record whose content, link or sequence does not check out, and a head that does not
	 * match the last record (records removed from the end).
	 */
	@Transactional(readOnly = true)
	public ChainVerification verify(UUID organizationId) {
		String chainKey = chainKey(organizationId);
		String expectedPrev = AuditHashing.GENESIS;
		long expectedSeq = 1;
		long checked = 0;
		List<AuditRecord> batch = this.repository.chainSlice(chainKey, 0, VERIFY_BATCH);
		while (!batch.isEmpty()) {
			for (AuditRecord record : batch) {
				checked++;
				if (record.seq() != expectedSeq) {
					return ChainVerification.broken(checked, expectedSeq, null,
							"Record " + expectedSeq + " is missing: the next record found is " + record.seq() + ".");
				}
				if (!record.prevHash().equals(expectedPrev)) {
					return ChainVerification.broken(checked, record.seq(), record.id(),
							"Record " + record.seq() + " does not link to the record before it.");
				}
				if (!AuditHashing.hash(chainKey, record).equals(record.hash())) {
					return ChainVerification.broken(checked, record.seq(), record.id(),
							"Record " + record.seq() + " was changed after it was written.");
				}
				expectedPrev = record.hash();
				expectedSeq++;
			}
			batch = this.repository.chainSlice(chainKey, expectedSeq - 1, VERIFY_BATCH);
		}
		ChainHead head = this.repository.head(chainKey).orElse(new ChainHead(0, AuditHashing.GENESIS));
		if (head.lastSeq() != expectedSeq - 1 || !head.lastHash().equals(expectedPrev)) {
			return ChainVerification.broken(checked, expectedSeq, null, "Records after " + (expectedSeq - 1)
					+ " are missing: the chain head says the last record is " + head.lastSeq() + ".");
		}
		return ChainVerification.ok(checked);
	}

	private static String chainKey(UUID organizationId) {
		return (organizationId != null) ? organizationId.toString() : "system";
	}

	private static AuditRecord withHash(AuditRecord r, String hash) {
		return new AuditRecord(r.id(), r.seq(), r.organizationId(), r.occurredAt(), r.actorId(), r.actorName(),
				r.action(), r.resourceType(), r.resourceId(), r.clientAddress(), r.outcome(), r.summary(), r.prevHash(),
				hash);
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
