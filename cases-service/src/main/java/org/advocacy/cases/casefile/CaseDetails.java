package org.advocacy.cases.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** What staff write about the person and revise as a whole; the status and timeline change on their own. */
public record CaseDetails(Person person, String country, Set<Category> categories, Set<PersecutionForm> persecutionForms,
                          Map<String, String> summary, Detention detention, Map<String, String> health,
                          List<InternationalDecision> decisions, List<RelatedPerson> relatedPersons, Links links,
                          Visibilities visibility, Restricted restricted) {

    public CaseDetails {
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        persecutionForms = persecutionForms == null ? Set.of() : Set.copyOf(persecutionForms);
        summary = summary == null ? Map.of() : Map.copyOf(summary);
        health = health == null ? Map.of() : Map.copyOf(health);
        decisions = decisions == null ? List.of() : List.copyOf(decisions);
        relatedPersons = relatedPersons == null ? List.of() : List.copyOf(relatedPersons);
        links = links == null ? Links.none() : links;
        visibility = visibility == null ? Visibilities.staffOnly() : visibility;
        restricted = restricted == null ? new Restricted(null, null) : restricted;
    }

    CaseDetails withRestricted(Restricted kept) {
        return new CaseDetails(person, country, categories, persecutionForms, summary, detention, health, decisions,
                relatedPersons, links, visibility, kept);
    }

    /** What differs from an earlier version, field by field; restricted values are not written down. */
    List<Revision.Change> changesSince(CaseDetails before) {
        List<Revision.Change> changes = new ArrayList<>();
        compare("person", before.person, person, changes);
        compare("country", before.country, country, changes);
        compare("categories", new TreeSet<>(before.categories), new TreeSet<>(categories), changes);
        compare("persecutionForms", new TreeSet<>(before.persecutionForms), new TreeSet<>(persecutionForms), changes);
        compare("summary", before.summary, summary, changes);
        compare("detention", before.detention, detention, changes);
        compare("health", before.health, health, changes);
        compare("decisions", before.decisions, decisions, changes);
        compare("relatedPersons", before.relatedPersons, relatedPersons, changes);
        compare("links", before.links, links, changes);
        compare("visibility", before.visibility, visibility, changes);
        if (!before.restricted.equals(restricted)) {
            changes.add(new Revision.Change("restricted", null, null));
        }
        return changes;
    }

    private static void compare(String field, Object before, Object after, List<Revision.Change> changes) {
        if (!Objects.equals(before, after)) {
            changes.add(new Revision.Change(field, before == null ? null : before.toString(),
                    after == null ? null : after.toString()));
        }
    }
}
