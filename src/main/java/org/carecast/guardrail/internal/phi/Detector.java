package org.carecast.guardrail.internal.phi;

import java.util.List;

/**
 * Finds one family of identifiers. Implementations are final, stateless and thread-safe;
 * they compile their patterns at construction.
 */
interface Detector {

	/**
	 * Adds what it finds to {@code found}; it may read what earlier detectors added.
	 */
	void detect(PhiScan scan, List<Candidate> found);

}
