package org.advocacy.petition.petition;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.advocacy.conventions.validation.LocalizedText;
import org.hibernate.validator.constraints.URL;

/** What an organiser sends to draft a petition, or to revise one (all of it, as PUT does). */
record PetitionRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "must be a slug: lower-case letters, digits, dashes")
        String campaign,
        @NotNull @LocalizedText(max = 300) Map<String, String> title,
        @NotNull @LocalizedText(max = 2_000) Map<String, String> summary,
        @NotNull @LocalizedText(max = 50_000) Map<String, String> text,
        @NotBlank @Size(max = 300) String target,
        @NotNull @Positive @Max(1_000_000_000) Long goal,
        LocalDate deadline,
        @Size(max = 20) List<@NotNull @Valid MirrorRequest> mirrors,
        @Size(max = 100) List<@NotNull @Pattern(regexp = ID, message = "must be an id: letters, digits, dashes") String> caseIds,
        @Size(max = 100) List<@NotNull @Pattern(regexp = ID, message = "must be an id: letters, digits, dashes") String> eventIds) {

    static final String ID = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";

    List<Mirror> toMirrors() {
        return mirrors == null ? List.of()
                : mirrors.stream().map(m -> new Mirror(m.name().strip(), m.url(), m.reportedCount())).toList();
    }

    record MirrorRequest(@NotBlank @Size(max = 100) String name,
                         @NotBlank @Size(max = 2_000) @URL(protocol = "https", regexp = "https://\\S+", message = "must be an https:// address")
                         String url,
                         @PositiveOrZero long reportedCount) {
    }
}
