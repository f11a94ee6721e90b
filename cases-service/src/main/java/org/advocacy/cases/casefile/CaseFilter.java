package org.advocacy.cases.casefile;

import org.advocacy.conventions.validation.IsoCountry;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a list of cases is narrowed to; every part optional.
 *
 * @param q words searched in every spelling of the name and in the texts, accents, case and script aside
 */
public record CaseFilter(@Pattern(regexp = CaseFilter.SLUG, message = "must be a campaign's slug") String campaign,
                         @IsoCountry String country, PersonStatus status, Category category, PersecutionForm form,
                         @Size(max = 200) String q) {

    public static final String SLUG = "[a-z0-9][a-z0-9-]{0,63}";
    public static final CaseFilter ALL = new CaseFilter(null, null, null, null, null, null);
}
