package org.advocacy.notifications.partner;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.advocacy.conventions.problem.RuleViolation;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A partner NGO that uses the API with its own Keycloak client. Its id is the client's id
 * ({@code partner-<slug of the name>}), which is also the {@code partner_id} claim of its tokens.
 * The client's secret is never kept here: Keycloak holds it, the partner is shown it once.
 */
@Document("partners")
public class Partner {

    private static final int SLUG_LENGTH = 40;

    @Id
    private String id;
    @Version
    private Long version;
    private String name;
    /** The name as compared: two partners may not be told apart by case or spacing alone. */
    @Indexed(unique = true)
    private String nameKey;
    private String contactEmail;
    private String description;
    /** Keycloak's own id of the client, which its admin API addresses it by. */
    private String keycloakClientUuid;
    private boolean enabled;
    private Instant createdAt;
    private Instant changedAt;

    protected Partner() {
        // for the mapping
    }

    private Partner(String clientId, String name, String contactEmail, String description, String keycloakClientUuid,
                    Instant now) {
        this.id = clientId;
        this.name = name;
        this.nameKey = nameKey(name);
        this.contactEmail = contactEmail;
        this.description = description;
        this.keycloakClientUuid = keycloakClientUuid;
        this.enabled = true;
        this.createdAt = now;
        this.changedAt = now;
    }

    /** A partner whose client Keycloak has just registered: enabled from the start. */
    static Partner onboarded(String clientId, String name, String contactEmail, String description,
                             String keycloakClientUuid, Instant now) {
        return new Partner(clientId, name.strip(), blankAsNull(contactEmail), blankAsNull(description),
                keycloakClientUuid, now);
    }

    /**
     * The client id a partner of this name gets: {@code partner-} and the name in lower-case
     * Latin letters, digits and dashes; a name with none of those gets a random suffix instead.
     */
    static String clientIdFor(String name) {
        String latin = Normalizer.normalize(name.replace('ł', 'l').replace('Ł', 'L'), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "");
        String slug = latin.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > SLUG_LENGTH) {
            // Cut at a word's end where there is one.
            int lastDash = slug.lastIndexOf('-', SLUG_LENGTH);
            slug = slug.substring(0, lastDash > 0 ? lastDash : SLUG_LENGTH);
        }
        return "partner-" + (slug.isEmpty() ? UUID.randomUUID().toString().substring(0, 8) : slug);
    }

    static String nameKey(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    /** A new secret is given only to a partner that may use it. */
    void secretRotated(Instant now) {
        if (!enabled) {
            throw new RuleViolation("Partner %s is disabled: enable it before giving it a new secret".formatted(id));
        }
        changedAt = now;
    }

    /** Stops the partner's client getting tokens. Disabling a disabled partner changes nothing. */
    boolean disable(Instant now) {
        return switchTo(false, now);
    }

    boolean enable(Instant now) {
        return switchTo(true, now);
    }

    private boolean switchTo(boolean enabled, Instant now) {
        if (this.enabled == enabled) {
            return false;
        }
        this.enabled = enabled;
        this.changedAt = now;
        return true;
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String id() {
        return id;
    }

    public String clientId() {
        return id;
    }

    public String name() {
        return name;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String description() {
        return description;
    }

    public String keycloakClientUuid() {
        return keycloakClientUuid;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
