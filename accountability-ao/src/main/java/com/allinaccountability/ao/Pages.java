package com.allinaccountability.ao;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/** Paging and bulk reads, one query per page, each by an indexed column; values always bound, never concatenated. */
final class Pages {

    /** Records per page by default; also bounds the {@code IN} lists (Oracle allows 1000 items). */
    static final int DEFAULT_SIZE = 500;
    static final int MAX_SIZE = 1000;

    private Pages() {
    }

    static int checkedSize(int pageSize) {
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            throw new IllegalArgumentException("pageSize must be 1.." + MAX_SIZE + ", was " + pageSize);
        }
        return pageSize;
    }

    /**
     * Keyset paging: reads the page after key {@link Long#MIN_VALUE}, hands it over, then the page after its last
     * row's key, until a page is short. Each page is handed over before the next is read, so a slow consumer holds no
     * transaction open and only one page is in memory.
     */
    static <T> void afterKey(int pageSize, LongFunction<List<T>> pageAfter, ToLongFunction<T> keyOf,
            Consumer<List<T>> handle) {
        long after = Long.MIN_VALUE;
        while (true) {
            List<T> rows = pageAfter.apply(after);
            handle.accept(rows);
            if (rows.size() < pageSize) {
                return;
            }
            after = keyOf.applyAsLong(rows.get(rows.size() - 1));
        }
    }

    /** A page of at most the page size of rows whose keys are in {@code (after, upTo]}, in key order. */
    @FunctionalInterface
    interface WindowPage<T> {
        List<T> rowsIn(long after, long upTo);
    }

    /**
     * Keyset paging in bounded key windows, for a query whose plan must not depend on the database's statistics.
     * Each page is read from a window {@code (after, upTo]} of keys as well as after the last key read, so that
     * whatever plan the database picks (an index range in order, or a bitmap scan and a sort when it believes few
     * rows match, as PostgreSQL does without statistics), it reads at most the rows of that window, never every
     * remaining row; a query for the first key after a point ({@code nextKey}, one row) skips the gaps between
     * windows and ends the paging.
     *
     * <p>The window starts at twice the page size and follows the keys' density: after a full page it becomes twice
     * the key span that page covered; after a page that was not full it doubles. A project's issues spread thinly
     * over a large table thus cost a few more short queries, never a long one.
     */
    static <T> void inWindows(int pageSize, LongFunction<OptionalLong> nextKey, WindowPage<T> rowsIn,
            ToLongFunction<T> keyOf, Consumer<List<T>> handle) {
        long width = 2L * pageSize;
        OptionalLong next = nextKey.apply(Long.MIN_VALUE);
        while (next.isPresent()) {
            long after = next.getAsLong() - 1;
            while (true) {
                long upTo = after > Long.MAX_VALUE - width ? Long.MAX_VALUE : after + width;
                List<T> rows = rowsIn.rowsIn(after, upTo);
                if (!rows.isEmpty()) {
                    handle.accept(rows);
                }
                if (rows.size() >= pageSize) {
                    long last = keyOf.applyAsLong(rows.get(rows.size() - 1));
                    width = Math.max(2L * pageSize, doubled(last - after));
                    after = last;
                    continue;
                }
                if (upTo == Long.MAX_VALUE) {
                    return;
                }
                width = doubled(width);
                next = nextKey.apply(upTo);
                break;
            }
        }
    }

    /** Twice a positive span, or {@link Long#MAX_VALUE} where that (or the span itself) overflows. */
    private static long doubled(long span) {
        return span <= 0 || span > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : 2 * span;
    }

    /** {@code each} for every slice of at most {@code pageSize} of {@code items}, in order. */
    static <T> void slices(List<T> items, int pageSize, Consumer<List<T>> each) {
        for (int from = 0; from < items.size(); from += pageSize) {
            each.accept(items.subList(from, Math.min(items.size(), from + pageSize)));
        }
    }

    /** {@code COLUMN = ?} or {@code COLUMN IN (?,?,...)}; values are always bound, never concatenated. */
    static String in(String column, int count) {
        return count == 1 ? column + " = ?" : column + " IN (" + String.join(",", Collections.nCopies(count, "?")) + ")";
    }

    /** The rows {@code query} selects, as read-only snapshots of its columns (see {@link AoSession#stream}). */
    static <T extends RawEntity<K>, K> List<T> read(AoSession session, Class<T> type, Query query) {
        List<T> rows = new ArrayList<>();
        session.stream(type, query, rows::add);
        return rows;
    }

    /** {@code rows} grouped by {@code keyOf}, each group in the rows' order. */
    static <T> java.util.Map<Long, List<T>> byIssue(List<T> rows, Function<T, Long> issueOf) {
        return rows.stream().collect(java.util.stream.Collectors.groupingBy(issueOf));
    }
}
