package org.advocacy.cases.casefile;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.advocacy.conventions.validation.LocalizedText;

/** A dated event of the case; without a visibility it is for staff only. */
public record TimelineEntryRequest(
        @NotNull @DatePrecision String date,
        @NotNull TimelineKind kind,
        @NotNull @LocalizedText(max = 5_000) Map<String, String> text,
        @Size(max = 20) List<@NotBlank @Size(max = 64) String> sourceIds,
        Visibility visibility) {

    public TimelineEntry toEntry() {
        return new TimelineEntry(null, date, kind, text, sourceIds, visibility, null, null, null);
    }
}
