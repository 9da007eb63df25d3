/**
 * Bluesky connector: app-password sessions, {@code app.bsky.feed.post} records with UTF-8
 * byte-offset facets, and record keys derived from the idempotency key so a resend cannot
 * post twice (platform-apis.md §2).
 */
package org.carecast.channels.bluesky;
