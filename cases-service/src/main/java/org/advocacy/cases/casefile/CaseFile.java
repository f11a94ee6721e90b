package org.advocacy.cases.casefile;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.advocacy.contracts.cases.CasePublished;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The case file of one persecuted person. It starts as a draft that only staff see; publishing
 * makes it public and tells the other services once.
 */
@Document("case_files")
public class CaseFile {

    @Id
    private String id;
    @Version
    private Long version;
    @Indexed
    private String campaign;
    private Person person;
    private String country;
    private PersonStatus status;
    private Set<PersecutionForm> persecutionForms;
    private Map<String, String> summary;
    private Instant openedAt;
    private Instant publishedAt;

    protected CaseFile() {
        // for the mapping
    }

    private CaseFile(String id, String campaign, Person person, String country, PersonStatus status,
                     Set<PersecutionForm> persecutionForms, Map<String, String> summary, Instant openedAt) {
        this.id = id;
        this.campaign = campaign;
        this.person = person;
        this.country = country;
        this.status = status;
        this.persecutionForms = persecutionForms.isEmpty() ? EnumSet.noneOf(PersecutionForm.class) : EnumSet.copyOf(persecutionForms);
        this.summary = Map.copyOf(summary);
        this.openedAt = openedAt;
    }

    /** Opens a draft case file. */
    public static CaseFile open(String campaign, Person person, String country, PersonStatus status,
                                Set<PersecutionForm> persecutionForms, Map<String, String> summary, Instant now) {
        return new CaseFile(UUID.randomUUID().toString(), campaign, person, country, status, persecutionForms, summary, now);
    }

    /** Makes the case public. Publishing a published case changes nothing and tells nobody again. */
    public Optional<CasePublished> publish(Instant now) {
        if (isPublished()) {
            return Optional.empty();
        }
        publishedAt = now;
        return Optional.of(new CasePublished(id, person.name(), country, status.name(), now));
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public String id() {
        return id;
    }

    public String campaign() {
        return campaign;
    }

    public Person person() {
        return person;
    }

    public String country() {
        return country;
    }

    public PersonStatus status() {
        return status;
    }

    public Set<PersecutionForm> persecutionForms() {
        return persecutionForms;
    }

    public Map<String, String> summary() {
        return summary;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
