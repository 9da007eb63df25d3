/**
 * Bluesky connector: app-password sessions, {@code app.bsky.feed.post} records with UTF-8
 * byte-offset facets, and record keys derived from the idempotency key so a resend cannot
 * post twice (platform-apis.md §2); replies and mentions from notifications, direct
 * messages and answers through the PDS's chat proxy.
 */
package org.carecast.channels.bluesky;
