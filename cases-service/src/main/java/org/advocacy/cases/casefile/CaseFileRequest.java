package org.advocacy.cases.casefile;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.advocacy.conventions.validation.IsoCountry;
import org.advocacy.conventions.validation.LocalizedText;

/** What an organiser sends to open a case file. */
record CaseFileRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "must be a slug: lower-case letters, digits, dashes")
        String campaign,
        @NotNull @Valid PersonRequest person,
        @NotNull @IsoCountry String country,
        @NotNull PersonStatus status,
        @Size(max = 20) Set<PersecutionForm> persecutionForms,
        @NotNull @LocalizedText(max = 5_000) Map<String, String> summary) {

    Set<PersecutionForm> persecutionFormsOrNone() {
        return persecutionForms == null || persecutionForms.isEmpty()
                ? EnumSet.noneOf(PersecutionForm.class) : EnumSet.copyOf(persecutionForms);
    }

    record PersonRequest(@NotBlank @Size(max = 200) String name,
                         @Size(max = 20) List<@NotBlank @Size(max = 200) String> transliterations) {

        Person toPerson() {
            return new Person(name.strip(), transliterations);
        }
    }
}
