/**
 * Checks text before it is posted (and as it arrives) for patient identifiers and other
 * risks, and explains every finding.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.carecast.guardrail;
