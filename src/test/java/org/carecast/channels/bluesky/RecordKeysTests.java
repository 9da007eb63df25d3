package org.carecast.channels.bluesky;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecordKeysTests {

	private static final UUID KEY = UUID.fromString("6f1c0b1e-2a57-4c65-9c35-b1c3b9f6f2a1");

	@Test
	void theSameIdempotencyKeyAlwaysGivesTheSameRecordKey() {
		assertThat(RecordKeys.forPost(KEY)).isEqualTo(RecordKeys.forPost(UUID.fromString(KEY.toString())));
	}

	@Test
	void recordKeysAreValidTidsFrom2023() {
		for (int i = 0; i < 1000; i++) {
			String rkey = RecordKeys.forPost(UUID.randomUUID());
			assertThat(rkey).matches("[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}");
			// TIDs sort like their time: these sit between 2023-01-01 and 2023-08-01.
			assertThat(rkey).isBetween(RecordKeys.base32(1_672_531_200_000_000L, 11) + "22",
					RecordKeys.base32(1_690_848_000_000_000L, 11) + "zz");
		}
	}

	@Test
	void encodesMicrosecondsInSortableBase32() {
		assertThat(RecordKeys.base32(0, 2)).isEqualTo("22");
		assertThat(RecordKeys.base32(1023, 2)).isEqualTo("zz");
		assertThat(RecordKeys.base32(32, 2)).isEqualTo("32");
	}

	@Test
	void differentPostsGetDifferentKeys() {
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			keys.add(RecordKeys.forPost(UUID.randomUUID()));
		}
		assertThat(keys).hasSize(10_000);
	}

}
