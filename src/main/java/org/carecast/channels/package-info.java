/**
 * Talks to the social networks: one connector per network (a real HTTP client of its
 * documented API), the connected accounts of each organization with their tokens
 * encrypted at rest, and the retry rules that keep a post from going out twice.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "accounts", "guardrail" })
package org.carecast.channels;
