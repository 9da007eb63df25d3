/**
 * Posts from draft to published: per-account variants, four-eyes review with the
 * guardrail in the loop, the organization-wide pause, and scheduled delivery that never
 * posts twice.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "audit", "accounts", "guardrail", "channels" })
package org.carecast.publishing;
