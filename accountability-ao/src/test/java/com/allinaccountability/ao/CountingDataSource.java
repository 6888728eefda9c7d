package com.allinaccountability.ao;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A data source that counts the SQL statements executed through it (every {@code execute*} call on a statement of
 * one of its connections) and remembers their SQL, so that tests can say how many statements an operation costs.
 */
final class CountingDataSource implements InvocationHandler {
    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private final DataSource delegate;
    private final AtomicInteger executed = new AtomicInteger();
    private final List<String> statements = new ArrayList<>();

    private CountingDataSource(DataSource delegate) {
        this.delegate = delegate;
    }

    static CountingDataSource over(DataSource delegate) {
        return new CountingDataSource(delegate);
    }

    DataSource dataSource() {
        return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
                this);
    }

    int count() {
        return executed.get();
    }

    synchronized List<String> statements() {
        return List.copyOf(statements);
    }

    synchronized void reset() {
        executed.set(0);
        statements.clear();
    }

    /** How many statements {@code action} executed. */
    int countDuring(Runnable action) {
        reset();
        action.run();
        return count();
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        Object result = call(delegate, method, args);
        if (result instanceof Connection connection) {
            return proxy(Connection.class, new ConnectionHandler(connection));
        }
        return result;
    }

    private final class ConnectionHandler implements InvocationHandler {
        private final Connection connection;

        ConnectionHandler(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            Object result = call(connection, method, args);
            String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
            if (result instanceof CallableStatement statement) {
                return proxy(CallableStatement.class, new StatementHandler(statement, sql));
            }
            if (result instanceof PreparedStatement statement) {
                return proxy(PreparedStatement.class, new StatementHandler(statement, sql));
            }
            if (result instanceof Statement statement) {
                return proxy(Statement.class, new StatementHandler(statement, null));
            }
            return result;
        }
    }

    private final class StatementHandler implements InvocationHandler {
        private final Statement statement;
        private final String preparedSql;

        StatementHandler(Statement statement, String preparedSql) {
            this.statement = statement;
            this.preparedSql = preparedSql;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (EXECUTIONS.contains(method.getName())) {
                executed.incrementAndGet();
                String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
                synchronized (CountingDataSource.this) {
                    statements.add(sql);
                }
            }
            return call(statement, method, args);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
