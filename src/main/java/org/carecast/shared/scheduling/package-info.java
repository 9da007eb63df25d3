/**
 * The one db-scheduler of a node, on which every module registers its own tasks.
 */
package org.carecast.shared.scheduling;
