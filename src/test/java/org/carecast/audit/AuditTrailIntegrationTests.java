package org.carecast.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.carecast.audit.AuditEvent.Outcome;
import org.carecast.audit.internal.AuditHashing;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The hash chain against a real database: tampering with, removing or appending records
 * behind the application's back is found, and the first broken record is named exactly.
 */
@SpringBootTest
class AuditTrailIntegrationTests {

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	UUID organization;

	@BeforeEach
	void newChain() {
		this.organization = UUID.randomUUID();
		this.auditTrail.startChain(this.organization);
	}

	@Test
	void anUntouchedChainVerifies() {
		recordMany(5);
		ChainVerification verification = this.auditTrail.verify(this.organization);
		assertThat(verification.intact()).isTrue();
		assertThat(verification.recordsChecked()).isEqualTo(5);
		assertThat(verification.firstBrokenSeq()).isNull();
	}

	@Test
	void anEmptyChainVerifies() {
		assertThat(this.auditTrail.verify(this.organization).intact()).isTrue();
	}

	@Test
	void recordsAreLinkedToTheirPredecessor() {
		List<AuditRecord> records = recordMany(3);
		assertThat(records.get(0).prevHash()).isEqualTo(AuditHashing.GENESIS);
		assertThat(records.get(1).prevHash()).isEqualTo(records.get(0).hash());
		assertThat(records.get(2).prevHash()).isEqualTo(records.get(1).hash());
		assertThat(records).extracting(AuditRecord::seq).containsExactly(1L, 2L, 3L);
	}

	@Test
	void aChangedRowIsReportedAsTheFirstBrokenRecord() {
		List<AuditRecord> records = recordMany(6);
		this.jdbc.sql("update audit_event set summary = 'nothing to see here' where id = ?")
			.param(records.get(2).id())
			.update();

		ChainVerification verification = this.auditTrail.verify(this.organization);

		assertThat(verification.intact()).isFalse();
		assertThat(verification.firstBrokenSeq()).isEqualTo(3);
		assertThat(verification.firstBrokenId()).isEqualTo(records.get(2).id());
		assertThat(verification.problem()).contains("changed");
	}

	@Test
	void aChangedTimestampOrActorIsFound() {
		List<AuditRecord> records = recordMany(4);
		this.jdbc.sql("update audit_event set actor_name = 'Someone Else' where id = ?")
			.param(records.get(1).id())
			.update();
		assertThat(this.auditTrail.verify(this.organization).firstBrokenSeq()).isEqualTo(2);
	}

	@Test
	void aRowRehashedByAnAttackerBreaksTheLinkOfTheNextRecord() {
		List<AuditRecord> records = recordMany(5);
		AuditRecord third = records.get(2);
		AuditRecord forged = new AuditRecord(third.id(), third.seq(), third.organizationId(), third.occurredAt(),
				third.actorId(), third.actorName(), third.action(), third.resourceType(), third.resourceId(),
				third.clientAddress(), third.outcome(), "forged summary", third.prevHash(), "");
		String forgedHash = AuditHashing.hash(this.organization.toString(), forged);
		this.jdbc.sql("update audit_event set summary = 'forged summary', hash = ? where id = ?")
			.params(forgedHash, third.id())
			.update();

		ChainVerification verification = this.auditTrail.verify(this.organization);

		assertThat(verification.firstBrokenSeq()).isEqualTo(4);
		assertThat(verification.problem()).contains("does not link");
	}

	@Test
	void aDeletedRecordIsReportedByItsSequenceNumber() {
		List<AuditRecord> records = recordMany(5);
		this.jdbc.sql("delete from audit_event where id = ?").param(records.get(1).id()).update();

		ChainVerification verification = this.auditTrail.verify(this.organization);

		assertThat(verification.intact()).isFalse();
		assertThat(verification.firstBrokenSeq()).isEqualTo(2);
		assertThat(verification.problem()).contains("missing");
	}

	@Test
	void recordsRemovedFromTheEndAreFoundThroughTheChainHead() {
		List<AuditRecord> records = recordMany(4);
		this.jdbc.sql("delete from audit_event where id = ?").param(records.get(3).id()).update();

		ChainVerification verification = this.auditTrail.verify(this.organization);

		assertThat(verification.intact()).isFalse();
		assertThat(verification.firstBrokenSeq()).isEqualTo(4);
	}

	@Test
	void theRecordIsPartOfTheCallersTransaction() {
		recordMany(2);
		assertThatThrownBy(() -> this.transactions.executeWithoutResult((status) -> {
			this.auditTrail.record(event("user.invited"));
			throw new IllegalStateException("the change failed");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(count()).isEqualTo(2);
		assertThat(this.auditTrail.verify(this.organization).intact()).isTrue();
		assertThat(this.auditTrail.record(event("user.invited")).seq()).isEqualTo(3);
	}

	@Test
	void anOverlongSummaryIsRefusedAndNothingIsWritten() {
		AuditEvent tooLong = new AuditEvent(this.organization, null, "tester", "staff.added", "staff_member", null,
				Outcome.SUCCESS, "x".repeat(501));
		assertThatThrownBy(() -> this.auditTrail.record(tooLong)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageNotContaining("xxx");
		assertThat(count()).isZero();
	}

	@Test
	void concurrentWritersNeverForkTheChain() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Void>> writers = new ArrayList<>();
			for (int w = 0; w < 4; w++) {
				writers.add(() -> {
					for (int i = 0; i < 15; i++) {
						this.auditTrail.record(event("staff.updated"));
					}
					return null;
				});
			}
			for (Future<Void> result : pool.invokeAll(writers)) {
				result.get();
			}
		}
		finally {
			pool.shutdown();
		}
		ChainVerification verification = this.auditTrail.verify(this.organization);
		assertThat(verification.intact()).isTrue();
		assertThat(verification.recordsChecked()).isEqualTo(60);
	}

	@Test
	void chainsOfOrganizationsAreIndependent() {
		recordMany(3);
		UUID other = UUID.randomUUID();
		this.auditTrail.startChain(other);
		AuditRecord first = this.auditTrail.record(
				new AuditEvent(other, null, "tester", "staff.added", "staff_member", null, Outcome.SUCCESS, "added"));
		assertThat(first.seq()).isEqualTo(1);
		assertThat(this.auditTrail.search(other, AuditQuery.firstPage())).hasSize(1);
		assertThat(this.auditTrail.search(this.organization, AuditQuery.firstPage())).hasSize(3);
	}

	@Test
	void searchFiltersByActionActorAndResourceType() {
		this.auditTrail.record(event("user.invited"));
		this.auditTrail.record(new AuditEvent(this.organization, null, "Morgan Ellis", "staff.added", "staff_member",
				"42", Outcome.SUCCESS, "added"));
		assertThat(search(new AuditQuery("staff.added", null, null, null, null, 0, 50))).hasSize(1);
		assertThat(search(new AuditQuery(null, "user", null, null, null, 0, 50))).hasSize(1);
		assertThat(search(new AuditQuery(null, null, "morgan", null, null, 0, 50))).hasSize(1);
		// LIKE wildcards typed by a person are literal characters, not patterns.
		assertThat(search(new AuditQuery(null, null, "%", null, null, 0, 50))).isEmpty();
	}

	private List<AuditRecord> search(AuditQuery query) {
		return this.auditTrail.search(this.organization, query);
	}

	private List<AuditRecord> recordMany(int n) {
		List<AuditRecord> records = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			records.add(this.auditTrail.record(event((i % 2 == 0) ? "user.invited" : "staff.added")));
		}
		return records;
	}

	private AuditEvent event(String action) {
		return new AuditEvent(this.organization, UUID.randomUUID(), "Test Admin", action, "user",
				UUID.randomUUID().toString(), Outcome.SUCCESS, "a content-free summary");
	}

	private long count() {
		return this.jdbc.sql("select count(*) from audit_event where organization_id = ?")
			.param(this.organization)
			.query(Long.class)
			.single();
	}

}
