/**
 * Checks text before it is posted (and as it arrives) for patient identifiers and other
 * risks, and explains every finding. The engine needs nothing else; the pages, the API
 * and per-organization policies use the staff directory and the audit trail.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "accounts" })
package org.carecast.guardrail;
