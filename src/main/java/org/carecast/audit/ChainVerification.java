package org.carecast.audit;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The result of recomputing an organization's hash chain.
 *
 * @param intact whether every record and the chain head check out
 * @param recordsChecked how many records were recomputed
 * @param firstBrokenSeq the sequence number of the first record that fails, if any
 * @param firstBrokenId the id of that record, if it still exists
 * @param problem a plain-language reason for the first failure
 */
public record ChainVerification(boolean intact, long recordsChecked, @Nullable Long firstBrokenSeq,
		@Nullable UUID firstBrokenId, @Nullable String problem) {

	static ChainVerification ok(long checked) {
		return new ChainVerification(true, checked, null, null, null);
	}

	static ChainVerification broken(long checked, long seq, @Nullable UUID id, String problem) {
		return new ChainVerification(false, checked, seq, id, problem);
	}

}
