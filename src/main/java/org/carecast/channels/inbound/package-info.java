/**
 * Reading inbound comments, mentions and direct messages: the recurring poll with stored
 * cursors, the networks' webhooks, and the hand-over to the inbox through
 * {@link org.carecast.channels.InboundItemsReceived}.
 */
package org.carecast.channels.inbound;
