package org.advocacy.cases.casefile;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.advocacy.conventions.validation.IsoCountry;
import org.advocacy.conventions.validation.LocalizedText;

/**
 * A case file as staff send it to open it ({@code POST}) or revise it ({@code PUT}, where the
 * status changes as by a status change, and sources and timeline entries are added on their own).
 */
record CaseFileRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "must be a slug: lower-case letters, digits, dashes")
        String campaign,
        @NotNull @Valid PersonRequest person,
        @NotNull @IsoCountry String country,
        @NotNull PersonStatus status,
        @DatePrecision String statusSince,
        @Size(max = 20) Set<Category> categories,
        @Size(max = 20) Set<PersecutionForm> persecutionForms,
        @NotNull @LocalizedText(max = 5_000) Map<String, String> summary,
        @Valid DetentionRequest detention,
        @LocalizedText(max = 2_000) Map<String, String> health,
        @Size(max = 50) List<@Valid @NotNull DecisionRequest> decisions,
        @Size(max = 50) List<@Valid @NotNull RelatedPersonRequest> relatedPersons,
        @Valid LinksRequest links,
        Visibilities visibility,
        @Valid RestrictedRequest restricted,
        @Size(max = 100) List<@Valid @NotNull SourceRequest> sources,
        @Size(max = 200) List<@Valid @NotNull TimelineEntryRequest> timeline) {

    CaseDetails details() {
        return new CaseDetails(person.toPerson(), country, categories, persecutionForms, summary,
                detention == null ? null : detention.toDetention(), health,
                decisions == null ? null : decisions.stream().map(DecisionRequest::toDecision).toList(),
                relatedPersons == null ? null : relatedPersons.stream().map(RelatedPersonRequest::toRelatedPerson).toList(),
                links == null ? null : new Links(links.petitionIds(), links.eventIds()), visibility,
                restricted == null ? null : new Restricted(restricted.familyContacts(), restricted.notes()));
    }

    List<Source> sourcesOrNone() {
        return sources == null ? List.of() : sources.stream().map(SourceRequest::toSource).toList();
    }

    List<TimelineEntry> timelineOrNone() {
        return timeline == null ? List.of() : timeline.stream().map(TimelineEntryRequest::toEntry).toList();
    }

    record PersonRequest(@NotBlank @Size(max = 200) String name,
                         @Size(max = 20) List<@NotBlank @Size(max = 200) String> spellings,
                         @Pattern(regexp = "https://\\S{1,2000}", message = "must be an https address") String photoUrl,
                         @Min(1900) @Max(2100) Integer birthYear) {

        Person toPerson() {
            return new Person(name.strip(), spellings, photoUrl, birthYear);
        }
    }

    record DetentionRequest(@DatePrecision String since, @Size(max = 300) String place,
                            @Size(max = 20) List<@NotBlank @Size(max = 300) String> charges,
                            @LocalizedText(max = 1_000) Map<String, String> sentence,
                            @DatePrecision String expectedRelease) {

        Detention toDetention() {
            return new Detention(since, place, charges, sentence, expectedRelease);
        }
    }

    record DecisionRequest(@NotBlank @Size(max = 300) String body, @DatePrecision String date,
                           @NotNull @LocalizedText(max = 5_000) Map<String, String> finding,
                           @Size(max = 200) String reference,
                           @Size(max = 20) List<@NotBlank @Size(max = 64) String> sourceIds) {

        InternationalDecision toDecision() {
            return new InternationalDecision(body.strip(), date, finding, reference, sourceIds);
        }
    }

    record RelatedPersonRequest(@NotBlank @Size(max = 200) String name, @Size(max = 64) String caseId,
                                @NotNull @LocalizedText(max = 1_000) Map<String, String> relation) {

        RelatedPerson toRelatedPerson() {
            return new RelatedPerson(name.strip(), caseId, relation);
        }
    }

    record LinksRequest(@Size(max = 50) List<@NotBlank @Size(max = 64) String> petitionIds,
                        @Size(max = 50) List<@NotBlank @Size(max = 64) String> eventIds) {
    }

    record RestrictedRequest(@Size(max = 2_000) String familyContacts, @Size(max = 10_000) String notes) {
    }
}
