/**
 * Mastodon connector: one registered app per instance, OAuth with PKCE, statuses with
 * media and the {@code Idempotency-Key} that makes a resend safe (platform-apis.md §1).
 */
package org.carecast.channels.mastodon;
