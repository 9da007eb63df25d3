/**
 * Organizations, the people who work in them, their roles, the staff directory that tells
 * staff from patients, API tokens and the security that keeps every request inside one
 * organization.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit" })
package org.carecast.accounts;
