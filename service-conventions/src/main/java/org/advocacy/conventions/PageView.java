package org.advocacy.conventions;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a list, as every list endpoint answers it.
 *
 * @param items the page's items
 * @param page  zero-based page number
 * @param size  page size asked for
 * @param total how many items there are in all
 */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static <S, T> PageView<T> of(Page<S> page, Function<S, T> view) {
        return new PageView<>(page.getContent().stream().map(view).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements());
    }
}
