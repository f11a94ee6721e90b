package org.advocacy.cases.casefile;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A source as staff or a partner send it.
 *
 * @param id optional, chosen by the sender so that timeline entries of the same request can name it
 */
public record SourceRequest(
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "must be a slug: lower-case letters, digits, dashes") String id,
        @NotBlank @Size(max = 500) String title,
        @Size(max = 200) String publisher,
        @Pattern(regexp = "https?://\\S{1,2000}", message = "must be an http or https address") String url,
        @DatePrecision String date,
        @Pattern(regexp = "[0-9a-f]{64}", message = "must be a SHA-256 in lower-case hex") String archiveSha256,
        Visibility visibility) {

    public Source toSource() {
        return new Source(id, title.strip(), publisher, url, date, archiveSha256, visibility);
    }
}
