package org.carecast.publishing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.carecast.publishing.PostImport;
import org.carecast.shared.Actor;
import org.carecast.shared.ConflictException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PendingImportsTests {

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-01T10:00:00Z"));

	private final PendingImports pending = new PendingImports(new Clock() {

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return PendingImportsTests.this.now.get();
		}

	});

	private final Actor author = new Actor(UUID.randomUUID(), UUID.randomUUID(), "Author");

	@Test
	void anUploadBelongsToItsAuthorOnly() {
		PostImport upload = this.pending.add(this.author, List.of());
		assertThat(this.pending.find(this.author, upload.id())).isPresent();
		Actor colleague = new Actor(UUID.randomUUID(), this.author.organizationId(), "Colleague");
		Actor elsewhere = new Actor(this.author.userId(), UUID.randomUUID(), "Author");
		assertThat(this.pending.find(colleague, upload.id())).isEmpty();
		assertThat(this.pending.find(elsewhere, upload.id())).isEmpty();
		assertThat(this.pending.find(this.author, UUID.randomUUID())).isEmpty();
	}

	@Test
	void theWholeInstanceHoldsAtMostTotalUploadsUntilSomeExpire() {
		for (int i = 0; i < PendingImports.TOTAL; i++) {
			this.pending.add(new Actor(UUID.randomUUID(), this.author.organizationId(), "Author " + i), List.of());
		}
		assertThatThrownBy(() -> this.pending.add(this.author, List.of())).isInstanceOf(ConflictException.class)
			.hasMessageContaining("too many uploads waiting");
		this.now.set(this.now.get().plus(PendingImports.TTL));
		assertThat(this.pending.add(this.author, List.of()).id()).isNotNull();
	}

	@Test
	void anUploadExpires() {
		PostImport upload = this.pending.add(this.author, List.of());
		assertThat(upload.expiresAt()).isEqualTo(this.now.get().plus(PendingImports.TTL));
		this.now.set(upload.expiresAt().minusSeconds(1));
		assertThat(this.pending.find(this.author, upload.id())).isPresent();
		this.now.set(upload.expiresAt());
		assertThat(this.pending.find(this.author, upload.id())).isEmpty();
	}

	@Test
	void aPersonsNewestUploadsPushOutTheOldest() {
		List<UUID> ids = new java.util.ArrayList<>();
		for (int i = 0; i < PendingImports.PER_PERSON + 2; i++) {
			this.now.set(this.now.get().plusSeconds(1));
			ids.add(this.pending.add(this.author, List.of()).id());
		}
		assertThat(this.pending.find(this.author, ids.get(0))).isEmpty();
		assertThat(this.pending.find(this.author, ids.get(1))).isEmpty();
		assertThat(ids.subList(2, ids.size()))
			.allSatisfy((id) -> assertThat(this.pending.find(this.author, id)).isPresent());
	}

	@Test
	void aConfirmedUploadKeepsItsResultAndLetsGoOfItsRows() {
		PostImport upload = this.pending.add(this.author, List.of());
		PendingImports.Entry entry = this.pending.find(this.author, upload.id()).orElseThrow();
		entry.done(new PostImport.Result(List.of(UUID.randomUUID()), 1, 0, 0, false));
		assertThat(entry.rows()).isNull();
		assertThat(entry.result().created()).hasSize(1);
	}

}
