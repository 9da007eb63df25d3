/**
 * Append-only, hash-chained record of every security event and every change to people,
 * roles, the staff directory, settings and content, written in the same transaction as
 * the change it describes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.carecast.audit;
