/**
 * The inbox's pages: the list with its filters and bulk actions, one item with its
 * thread, notes and replies, and the live notices that new items arrived.
 */
package org.carecast.inbox.web;
