/**
 * What the Facebook, Instagram and Threads connectors share: Meta's Graph API error and
 * throttling rules, versioned URLs, two-phase media containers, long-lived tokens and
 * webhook signatures.
 */
package org.carecast.channels.meta;
