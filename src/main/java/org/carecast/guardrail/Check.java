package org.carecast.guardrail;

import java.util.List;

/**
 * One kind of inspection (privacy, platform limits, ...). Implementations are stateless
 * and thread-safe; they read the shared {@link Analysis} instead of re-tokenizing.
 */
public interface Check {

	/**
	 * The name used in findings and policies, for example {@code phi}.
	 */
	String name();

	List<Finding> inspect(Analysis analysis, ScanContext context);

}
