package com.allinaccountability.ao;

import java.util.List;
import java.util.Map;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * The few Active Objects operations the store needs, shaped like Jira's {@code ActiveObjects} service so that the
 * Jira plugin implements it by delegating one call each, and {@link EntityManagerSession} implements it over AO's
 * {@link net.java.ao.EntityManager} for tests and the sandbox.
 *
 * <p>Failures are unchecked, as in {@code ActiveObjects}: a database error surfaces as a runtime exception whose cause
 * chain holds the {@link java.sql.SQLException} (the store reads its SQL state to tell a lost race from a fault).
 */
public interface AoSession {

    /** Creates or updates the tables of the given entities; never drops anything. */
    void migrate(Class<? extends RawEntity<?>>[] entities);

    /** Inserts one row with the given column values (keys are column names). */
    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values);

    /**
     * Inserts rows of one type (keys are column names; a column missing from a row is {@code NULL}). By default one
     * {@link #create} per row; an implementation that can sends them as one JDBC batch, a single round trip, as AO's
     * {@code EntityManager.create(Class, List)} does. Nothing is returned: the rows' ids are not read back.
     */
    default <T extends RawEntity<K>, K> void createAll(Class<T> type, List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            create(type, row);
        }
    }

    /** The rows matching {@code query}, with every column loaded in the one statement. */
    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    /**
     * Hands each row matching {@code query} to {@code callback}, as a read-only snapshot holding only the columns the
     * query selects ({@code Query.select("A,B")}); one statement. Cheaper than {@link #find} (no per-row caching proxy,
     * no working out of the entity's columns on every call), for reads that do not write back. By default over
     * {@link #find}; Jira's {@code ActiveObjects.stream} and AO's {@code EntityManager.stream} do it natively.
     */
    default <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        for (T row : find(type, query)) {
            callback.onRowRead(row);
        }
    }

    /** Deletes these rows, one statement each. */
    void delete(RawEntity<?>... entities);

    /** Deletes every row matching the {@code WHERE} criteria, in one statement; returns how many went. */
    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    /** How many rows match {@code query}. */
    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    /**
     * Runs {@code work} in one database transaction: committed if it returns, rolled back if it throws (the exception
     * then propagates unchanged). A call made while a transaction is already open on this thread joins it.
     */
    <T> T transaction(TransactionWork<T> work);

    /** What {@link #transaction} runs. */
    @FunctionalInterface
    interface TransactionWork<T> {
        T run();
    }
}
