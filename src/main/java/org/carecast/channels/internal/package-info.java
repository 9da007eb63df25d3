/**
 * The channels module's machinery: encrypted credentials, connected-account storage, the
 * connect flow and the retry rules applied around every publish.
 */
package org.carecast.channels.internal;
