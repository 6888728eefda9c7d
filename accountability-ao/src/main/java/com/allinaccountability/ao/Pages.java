package com.allinaccountability.ao;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
