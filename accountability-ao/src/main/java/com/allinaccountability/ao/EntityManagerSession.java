package com.allinaccountability.ao;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;
import net.java.ao.Transaction;

/**
 * {@link AoSession} over AO's own {@link EntityManager}: what the tests and the sandbox use. Every call delegates to
 * the entity manager; checked {@link SQLException}s become {@link AoSessionException}s.
 */
public final class EntityManagerSession implements AoSession {

    /** AO keeps the open transaction's connection per thread; this says whether this thread is inside ours. */
    private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> Boolean.FALSE);

    private final EntityManager entityManager;

    public EntityManagerSession(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    public EntityManager entityManager() {
        return entityManager;
    }

    @Override
    public void migrate(Class<? extends RawEntity<?>>[] entities) {
        call("migrate", () -> {
            entityManager.migrate(entities);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> values) {
        return call("create " + type.getSimpleName(), () -> entityManager.create(type, values));
    }

    @Override
    public <T extends RawEntity<K>, K> void createAll(Class<T> type, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        call("create " + rows.size() + " " + type.getSimpleName(), () -> {
            entityManager.create(type, rows);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return call("find " + type.getSimpleName(), () -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        call("stream " + type.getSimpleName(), () -> {
            entityManager.stream(type, query, callback);
            return null;
        });
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        call("delete", () -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return call("delete from " + type.getSimpleName(), () -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return call("count " + type.getSimpleName(), () -> entityManager.count(type, query));
    }

    @Override
    public <T> T transaction(TransactionWork<T> work) {
        if (inTransaction.get()) {
            // AO's Transaction would commit the outer work early and drop the thread's connection: join instead.
            return work.run();
        }
        inTransaction.set(Boolean.TRUE);
        try {
            return new Transaction<T>(entityManager) {
                @Override
                protected T run() {
                    return work.run();
                }
            }.execute();
        } catch (SQLException e) {
            throw new AoSessionException("Transaction failed", e);
        } finally {
            inTransaction.remove();
        }
    }

    private static <T> T call(String what, SqlCall<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw new AoSessionException(what + " failed", e);
        }
    }

    @FunctionalInterface
    private interface SqlCall<T> {
        T run() throws SQLException;
    }
}
