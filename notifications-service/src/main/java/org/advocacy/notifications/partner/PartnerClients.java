package org.advocacy.notifications.partner;

/**
 * The partners' clients in the identity provider: confidential, client credentials only, with the
 * scopes that make their tokens partner tokens for the API. Each method throws
 * {@link IdentityProviderUnavailable} when the identity provider cannot be reached.
 */
interface PartnerClients {

    /** Registers a client; throws {@link ClientIdTaken} when one with this id exists. */
    RegisteredClient register(String clientId, String name, String description);

    /** Gives the client a new secret; the old one stops working at once. */
    String newSecret(String clientUuid);

    /** Enables or disables the client: a disabled client gets no new tokens. */
    void setEnabled(String clientUuid, boolean enabled);

    /** Removes a client registered by mistake. */
    void remove(String clientUuid);

    /**
     * @param uuid   the identity provider's own id of the client
     * @param secret the client's secret, to be shown once and kept nowhere
     */
    record RegisteredClient(String uuid, String secret) {

        @Override
        public String toString() {
            return "RegisteredClient[uuid=%s]".formatted(uuid);
        }
    }

    /** The identity provider did not answer, or not as it should: nothing was changed here. */
    class IdentityProviderUnavailable extends RuntimeException {

        IdentityProviderUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The partner's client is gone from the identity provider (removed there by hand). */
    class ClientMissing extends RuntimeException {

        ClientMissing(String what) {
            super("Could not " + what + ": the client no longer exists in the identity provider");
        }
    }

    /** A client with this id exists already in the identity provider. */
    class ClientIdTaken extends RuntimeException {

        ClientIdTaken(String clientId) {
            super("A client " + clientId + " exists already");
        }
    }
}
