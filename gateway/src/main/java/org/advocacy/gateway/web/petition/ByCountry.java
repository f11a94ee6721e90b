package org.advocacy.gateway.web.petition;

import java.util.Comparator;
import java.util.List;

import org.advocacy.gateway.web.services.Petition;

/** Confirmed signatures by country, most first, named in the page's language. */
public record ByCountry(String code, String name, long count) {

    static List<ByCountry> of(Petition petition, String language) {
        if (petition.byCountry() == null) {
            return List.of();
        }
        return petition.byCountry().entrySet().stream()
                .map(e -> new ByCountry(e.getKey(), Countries.name(e.getKey(), language), e.getValue()))
                .sorted(Comparator.comparingLong(ByCountry::count).reversed().thenComparing(ByCountry::name)).toList();
    }
}
