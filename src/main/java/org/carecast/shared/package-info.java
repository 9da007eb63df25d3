/**
 * Building blocks every module may use: the acting person, digests, error types and the
 * mapping of errors to RFC 9457 problem responses and error pages.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.carecast.shared;
