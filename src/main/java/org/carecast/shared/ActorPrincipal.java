package org.carecast.shared;

/**
 * Implemented by the authenticated principal so that modules other than {@code accounts}
 * can learn who is acting without depending on the accounts module.
 */
public interface ActorPrincipal {

	Actor actor();

}
