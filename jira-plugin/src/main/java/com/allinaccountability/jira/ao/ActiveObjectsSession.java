package com.allinaccountability.jira.ao;

import com.allinaccountability.ao.AoSession;
import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Map;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * The store's {@link AoSession} over Jira's {@link ActiveObjects} service: one delegated call each. Jira's service
 * already scopes tables to the plugin's {@code <ao namespace>} and joins an open transaction on the same thread, as
 * the session contract asks.
 */
public final class ActiveObjectsSession implements AoSession {
    private final ActiveObjects activeObjects;

    public ActiveObjectsSession(ActiveObjects activeObjects) {
        this.activeObjects = activeObjects;
    }

    @Override
    public void migrate(Class<? extends RawEntity<?>>[] entities) {
        activeObjects.migrate(entities);
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        return activeObjects.create(type, values);
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return activeObjects.find(type, query);
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        activeObjects.stream(type, query, callback);
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        activeObjects.delete(entities);
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return activeObjects.deleteWithSQL(type, criteria, parameters);
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return activeObjects.count(type, query);
    }

    @Override
    public <T> T transaction(TransactionWork<T> work) {
        return activeObjects.executeInTransaction(work::run);
    }
}
