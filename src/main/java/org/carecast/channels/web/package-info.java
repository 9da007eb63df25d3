/**
 * Pages for connected accounts and the sandbox timeline.
 */
package org.carecast.channels.web;
