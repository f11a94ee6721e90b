package org.advocacy.notifications.partner;

import java.time.Clock;

import org.advocacy.conventions.problem.NotFound;
import org.advocacy.notifications.partner.PartnerClients.ClientIdTaken;
import org.advocacy.notifications.partner.PartnerClients.RegisteredClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Onboards partners and manages their access: the partner decides, Keycloak changes the client,
 * then the partner is saved. When Keycloak fails nothing is saved, and the admin may try again.
 */
@Service
class Onboarding {

    private static final Logger log = LoggerFactory.getLogger(Onboarding.class);

    private final Partners partners;
    private final PartnerClients clients;
    private final Clock clock;

    Onboarding(Partners partners, PartnerClients clients, Clock clock) {
        this.partners = partners;
        this.clients = clients;
        this.clock = clock;
    }

    /** A partner with its client, and the client's secret to be shown this once. */
    record Onboarded(Partner partner, String secret) {

        @Override
        public String toString() {
            return "Onboarded[partner=%s]".formatted(partner.id());
        }
    }

    Onboarded onboard(PartnerRequest request) {
        String clientId = Partner.clientIdFor(request.name());
        if (partners.existsByNameKey(Partner.nameKey(request.name())) || partners.existsById(clientId)) {
            throw new PartnerAlreadyExists(request.name());
        }
        RegisteredClient client;
        try {
            client = clients.register(clientId, request.name().strip(), request.description());
        } catch (ClientIdTaken taken) {
            throw new PartnerAlreadyExists(request.name());
        }
        Partner partner = Partner.onboarded(clientId, request.name(), request.contactEmail(), request.description(),
                client.uuid(), clock.instant());
        try {
            partner = partners.save(partner);
        } catch (RuntimeException notSaved) {
            // A client without its partner would block the name for good: take it back.
            removeQuietly(clientId, client.uuid());
            if (notSaved instanceof DuplicateKeyException) {
                throw new PartnerAlreadyExists(request.name());
            }
            throw notSaved;
        }
        log.info("Onboarded partner {}", partner.id());
        return new Onboarded(partner, client.secret());
    }

    Onboarded rotateSecret(String id) {
        Partner partner = find(id);
        partner.secretRotated(clock.instant());
        String secret = clients.newSecret(partner.keycloakClientUuid());
        partner = partners.save(partner);
        log.info("Gave partner {} a new secret", id);
        return new Onboarded(partner, secret);
    }

    Partner disable(String id) {
        return switchTo(id, false);
    }

    Partner enable(String id) {
        return switchTo(id, true);
    }

    private Partner switchTo(String id, boolean enabled) {
        Partner partner = find(id);
        boolean changed = enabled ? partner.enable(clock.instant()) : partner.disable(clock.instant());
        // Asked of Keycloak even when nothing changed here: it may have missed an earlier attempt.
        clients.setEnabled(partner.keycloakClientUuid(), enabled);
        if (changed) {
            partner = partners.save(partner);
            log.info("{} partner {}", enabled ? "Enabled" : "Disabled", id);
        }
        return partner;
    }

    private void removeQuietly(String clientId, String clientUuid) {
        try {
            clients.remove(clientUuid);
        } catch (RuntimeException e) {
            log.warn("The Keycloak client {} of a partner that was not saved is left behind: remove it by hand ({})",
                    clientId, e.getMessage());
        }
    }

    private Partner find(String id) {
        return partners.findById(id).orElseThrow(() -> new NotFound("Partner", id));
    }

    /** A partner of this name, or of a name that gives the same client id, is onboarded already. */
    static class PartnerAlreadyExists extends RuntimeException {

        PartnerAlreadyExists(String name) {
            super("A partner named \"%s\", or so alike that it gets the same client id, exists already".formatted(name.strip()));
        }
    }
}
