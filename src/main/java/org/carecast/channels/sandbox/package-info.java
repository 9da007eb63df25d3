/**
 * The built-in sandbox network: a local network with its own timeline, for trying
 * Carecast without accounts and for tests that need a network to fail on cue.
 */
package org.carecast.channels.sandbox;
