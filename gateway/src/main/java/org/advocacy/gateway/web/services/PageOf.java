package org.advocacy.gateway.web.services;

import java.util.List;

/** One page of a list, as every list endpoint of the services answers it. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

    public PageOf {
        items = items == null ? List.of() : items;
    }
}
