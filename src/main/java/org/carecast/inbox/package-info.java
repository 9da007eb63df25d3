/**
 * The engagement inbox: every comment, mention and message from the connected networks,
 * triaged (crisis first), escalated, and answered with replies that pass the guardrail.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "shared", "audit", "accounts", "guardrail", "channels" })
package org.carecast.inbox;
