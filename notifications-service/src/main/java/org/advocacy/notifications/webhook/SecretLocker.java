package org.advocacy.notifications.webhook;

/**
 * Keeps partners' signing secrets sealed at rest: a copy of the store alone cannot sign a delivery
 * that a partner would believe. Each sealed secret opens only for its own endpoint.
 */
interface SecretLocker {

    String lock(String secret, String endpointId);

    String unlock(String locked, String endpointId);
}
