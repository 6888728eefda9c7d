package com.allinaccountability.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.function.LongUnaryOperator;
import org.junit.jupiter.api.Test;

/** Paging in key windows ({@link Pages#inWindows}) over keys held in memory, counting the queries it makes. */
class PagesTest {

    private static final int PAGE = 10;

    @Test
    void denseKeysArePagedWithTwoQueriesBesidesThePages() {
        Result result = page(keys(1_000, 1, i -> 5_000 + i));

        assertThat(result.read).containsExactlyElementsOf(keys(1_000, 1, i -> 5_000 + i));
        assertThat(result.pages).isEqualTo(100 + 1);
        assertThat(result.nextKeyQueries).isEqualTo(2);
    }

    @Test
    void thinKeysInAWideRangeCostAFewShortQueriesNotOnePerGap() {
        NavigableSet<Long> keys = keys(1_000, 1, i -> i * 1_000_003);

        Result result = page(keys);

        assertThat(result.read).containsExactlyElementsOf(keys);
        // The window widens to the keys' spacing within a few queries, then pages fill.
        assertThat(result.pages + result.nextKeyQueries).isLessThan(100 + 60);
        assertThat(result.keysInWindows).isLessThan(4 * keys.size());
    }

    @Test
    void aClusterAfterAThinStretchIsReadInOrderWithoutReadingItAgainForEachPage() {
        NavigableSet<Long> keys = keys(200, 1, i -> i * 10_000);
        keys.addAll(keys(5_000, 1, i -> 3_000_000 + i));

        Result result = page(keys);

        assertThat(result.read).containsExactlyElementsOf(keys);
        // The window that reaches the cluster may hold all of it, once; then windows shrink to the pages' span. Read
        // again for each page it would be 5,200 * 520 / 2 keys.
        assertThat(result.keysInWindows).isLessThan(4 * keys.size());
    }

    @Test
    void extremeKeysNeitherOverflowNorRepeat() {
        NavigableSet<Long> keys = new TreeSet<>(List.of(Long.MIN_VALUE + 1, -1L, 0L, 1L, Long.MAX_VALUE - 1,
                Long.MAX_VALUE));

        assertThat(page(keys).read).containsExactlyElementsOf(keys);
        assertThat(page(new TreeSet<>()).read).isEmpty();
    }

    private static NavigableSet<Long> keys(int count, int from, LongUnaryOperator key) {
        NavigableSet<Long> keys = new TreeSet<>();
        for (int i = from; i < from + count; i++) {
            keys.add(key.applyAsLong(i));
        }
        return keys;
    }

    private static Result page(NavigableSet<Long> keys) {
        Result result = new Result();
        Pages.inWindows(PAGE,
                after -> {
                    result.nextKeyQueries++;
                    Long next = keys.higher(after);
                    return next == null ? OptionalLong.empty() : OptionalLong.of(next);
                },
                (after, upTo) -> {
                    result.pages++;
                    NavigableSet<Long> window = after == upTo ? new TreeSet<>() : keys.subSet(after, false, upTo, true);
                    result.keysInWindows += window.size();
                    return window.stream().limit(PAGE).toList();
                },
                Long::longValue,
                result.read::addAll);
        return result;
    }

    private static final class Result {
        final List<Long> read = new ArrayList<>();
        int pages;
        int nextKeyQueries;
        long keysInWindows;
    }
}
