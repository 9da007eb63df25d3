package org.carecast.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A resource does not exist in the caller's organization. Resources of other
 * organizations are reported the same way, so that ids cannot be probed across tenants.
 * The message names only the resource type, never the id or any content.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ResourceNotFoundException extends RuntimeException {

	private final String resourceType;

	public ResourceNotFoundException(String resourceType) {
		super(resourceType + " not found");
		this.resourceType = resourceType;
	}

	public String resourceType() {
		return this.resourceType;
	}

}
