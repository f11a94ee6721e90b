package org.advocacy.gateway.web.services;

import java.util.List;

/** One page of a list, as every list endpoint of the services answers it. */
public record PageOf<T>(List<T> items, Integer page, Integer size, Long total) {

    public PageOf {
        items = items == null ? List.of() : items;
    }

    /** What a service that answered with no body has to show. */
    static <T> PageOf<T> empty() {
        return new PageOf<>(List.of(), 0, 0, 0L);
    }
}
