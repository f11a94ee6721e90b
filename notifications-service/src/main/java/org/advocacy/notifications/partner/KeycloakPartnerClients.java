package org.advocacy.notifications.partner;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.client.jaxrs.ResteasyClientBuilder;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The partners' clients in Keycloak, through its admin API as the {@code platform-admin} client
 * (a service account that may manage the realm's clients, and nothing else).
 */
@Component
class KeycloakPartnerClients implements PartnerClients, DisposableBean {

    /** What every partner's token carries: the API audience, realm role {@code partner}, {@code partner_id}. */
    static final List<String> DEFAULT_SCOPES = List.of("basic", "acr", "roles", "advocacy-api", "partner-client");

    private static final Logger log = LoggerFactory.getLogger(KeycloakPartnerClients.class);

    private final Keycloak keycloak;
    private final String realm;

    KeycloakPartnerClients(PartnerKeycloakProperties properties) {
        long timeout = properties.timeout().toMillis();
        var http = ((ResteasyClientBuilder) ClientBuilder.newBuilder())
                .connectionPoolSize(10)
                .connectTimeout(timeout, TimeUnit.MILLISECONDS)
                .readTimeout(timeout, TimeUnit.MILLISECONDS)
                // Keycloak's reading of its representations, tolerant of fields a newer server adds.
                .register(new JacksonProvider(), 100)
                .build();
        this.keycloak = KeycloakBuilder.builder()
                .serverUrl(properties.serverUrl())
                .realm(properties.realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .resteasyClient(http)
                .build();
        this.realm = properties.realm();
    }

    @Override
    public RegisteredClient register(String clientId, String name, String description) {
        var client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setName(name);
        client.setDescription(description);
        client.setProtocol("openid-connect");
        client.setEnabled(true);
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setServiceAccountsEnabled(true);
        client.setStandardFlowEnabled(false);
        client.setImplicitFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setFrontchannelLogout(false);
        client.setDefaultClientScopes(DEFAULT_SCOPES);
        client.setOptionalClientScopes(List.of());
        return call("register client " + clientId, () -> {
            String uuid;
            try (Response response = realm().clients().create(client)) {
                if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                    throw new ClientIdTaken(clientId);
                }
                uuid = CreatedResponseUtil.getCreatedId(response);
            }
            try {
                return new RegisteredClient(uuid, client(uuid).getSecret().getValue());
            } catch (RuntimeException secretUnread) {
                // A client whose secret nobody was shown is of no use, and would block the name.
                try {
                    client(uuid).remove();
                } catch (RuntimeException e) {
                    log.warn("Keycloak client {} was registered but its secret not read; remove it by hand", clientId);
                }
                throw secretUnread;
            }
        });
    }

    @Override
    public String newSecret(String clientUuid) {
        return call("give client " + clientUuid + " a new secret", () -> client(clientUuid).generateNewSecret().getValue());
    }

    @Override
    public void setEnabled(String clientUuid, boolean enabled) {
        call((enabled ? "enable" : "disable") + " client " + clientUuid, () -> {
            ClientResource client = client(clientUuid);
            ClientRepresentation representation = client.toRepresentation();
            if (!Boolean.valueOf(enabled).equals(representation.isEnabled())) {
                representation.setEnabled(enabled);
                client.update(representation);
            }
            return null;
        });
    }

    @Override
    public void remove(String clientUuid) {
        call("remove client " + clientUuid, () -> {
            client(clientUuid).remove();
            return null;
        });
    }

    private RealmResource realm() {
        return keycloak.realm(realm);
    }

    private ClientResource client(String uuid) {
        return realm().clients().get(uuid);
    }

    private <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (ProcessingException e) {
            // Unreachable, too slow, or refused the platform's own credentials (wrapped by the token filter).
            if (e.getCause() instanceof WebApplicationException refused) {
                log.error("Keycloak refused the credentials of the platform-admin client ({}): "
                        + "check PLATFORM_ADMIN_CLIENT_SECRET", refused.getResponse().getStatus());
            }
            throw new IdentityProviderUnavailable("Keycloak could not " + what + ": " + e.getMessage(), e);
        } catch (NotFoundException e) {
            throw new ClientMissing(what);
        } catch (WebApplicationException e) {
            throw new IdentityProviderUnavailable("Keycloak could not " + what + ": it answered "
                    + e.getResponse().getStatus(), e);
        }
    }

    @Override
    public void destroy() {
        keycloak.close();
    }
}
