package com.allinaccountability.ao.embedded;

import com.allinaccountability.ao.AoSessionException;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.Objects;
import java.util.logging.Logger;
import javax.sql.DataSource;
import net.java.ao.DatabaseProvider;
import net.java.ao.DisposableDataSource;
import net.java.ao.EntityManager;
import net.java.ao.EntityManagerConfiguration;
import net.java.ao.SchemaConfiguration;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.db.H2DatabaseProvider;
import net.java.ao.db.PostgreSQLDatabaseProvider;
import net.java.ao.schema.FieldNameConverter;
import net.java.ao.schema.IndexNameConverter;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.SequenceNameConverter;
import net.java.ao.schema.TableNameConverter;
import net.java.ao.schema.TriggerNameConverter;
import net.java.ao.schema.UniqueNameConverter;
import net.java.ao.schema.info.CachingEntityInfoResolverFactory;
import net.java.ao.schema.info.EntityInfoResolverFactory;

/**
 * Builds AO {@link EntityManager}s that name the schema exactly as Jira's Active Objects plugin does: tables
 * {@code AO_XXXXXX_NAME} in upper case, columns in upper snake case, index, unique and sequence names shortened to
 * Oracle's 30 characters (AO's own {@code net.java.ao.atlassian} converters, which refuse a table or column name that
 * is too long). So what the tests and the sandbox create is the schema the plugin will create.
 */
public final class EntityManagers {

    /** {@code AO_} + six characters + {@code _}: the length of the prefix Jira derives from the plugin's namespace. */
    public static final int JIRA_PREFIX_LENGTH = 10;

    private EntityManagers() {
    }

    /**
     * An entity manager over {@code dataSource}, H2 or PostgreSQL (told apart by the driver's product name).
     *
     * @param schema the schema tables live in ({@code PUBLIC} on H2, e.g. {@code ao_schema} on PostgreSQL)
     * @param tablePrefix e.g. {@code AO_A11ACC_}; at most {@value #JIRA_PREFIX_LENGTH} characters so that names fit
     *     Oracle's limit as they will under Jira
     */
    public static EntityManager forDataSource(DataSource dataSource, String schema, String tablePrefix) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(schema, "schema");
        if (!tablePrefix.matches("[A-Z][A-Z0-9_]*_") || tablePrefix.length() > JIRA_PREFIX_LENGTH) {
            throw new IllegalArgumentException("A table prefix is upper case, ends with '_' and has at most "
                    + JIRA_PREFIX_LENGTH + " characters, as Jira's AO_XXXXXX_; got '" + tablePrefix + "'");
        }
        DisposableDataSource disposable = new CallerOwnedDataSource(dataSource);
        DatabaseProvider provider = providerFor(disposable, schema);
        return new EntityManager(provider, new Configuration(tablePrefix));
    }

    private static DatabaseProvider providerFor(DisposableDataSource dataSource, String schema) {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new AoSessionException("Cannot reach the database to tell which it is", e);
        }
        String name = product.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            return new H2DatabaseProvider(dataSource, schema);
        }
        if (name.contains("postgres")) {
            return new PostgreSQLDatabaseProvider(dataSource, schema);
        }
        throw new IllegalArgumentException("Only H2 and PostgreSQL are wired here; the database is " + product);
    }

    /** Jira's naming, with the prefix given. */
    private static final class Configuration implements EntityManagerConfiguration {
        private final NameConverters nameConverters;
        private final String tablePrefix;

        Configuration(String tablePrefix) {
            this.tablePrefix = tablePrefix;
            TableNameConverter tables = new AtlassianTableNameConverter(name -> tablePrefix + name);
            FieldNameConverter fields = new AtlassianFieldNameConverter();
            SequenceNameConverter sequences = new AtlassianSequenceNameConverter();
            TriggerNameConverter triggers = new AtlassianTriggerNameConverter();
            IndexNameConverter indexes = new AtlassianIndexNameConverter();
            UniqueNameConverter uniques = new AtlassianUniqueNameConverter();
            this.nameConverters = new NameConverters() {
                @Override
                public TableNameConverter getTableNameConverter() {
                    return tables;
                }

                @Override
                public FieldNameConverter getFieldNameConverter() {
                    return fields;
                }

                @Override
                public SequenceNameConverter getSequenceNameConverter() {
                    return sequences;
                }

                @Override
                public TriggerNameConverter getTriggerNameConverter() {
                    return triggers;
                }

                @Override
                public IndexNameConverter getIndexNameConverter() {
                    return indexes;
                }

                @Override
                public UniqueNameConverter getUniqueNameConverter() {
                    return uniques;
                }
            };
        }

        @Override
        @Deprecated
        public boolean useWeakCache() {
            return false;
        }

        @Override
        public NameConverters getNameConverters() {
            return nameConverters;
        }

        @Override
        public SchemaConfiguration getSchemaConfiguration() {
            // Like Jira: only our own tables are ours to manage, whatever else shares the schema.
            return (tableName, caseSensitive) -> caseSensitive
                    ? tableName.startsWith(tablePrefix)
                    : tableName.toUpperCase(Locale.ROOT).startsWith(tablePrefix);
        }

        @Override
        public EntityInfoResolverFactory getEntityInfoResolverFactory() {
            return new CachingEntityInfoResolverFactory();
        }
    }

    /** The caller created the data source and closes it; AO's dispose must not. */
    private static final class CallerOwnedDataSource implements DisposableDataSource {
        private final DataSource delegate;

        CallerOwnedDataSource(DataSource delegate) {
            this.delegate = delegate;
        }

        @Override
        public void dispose() {
            // owned by the caller
        }

        @Override
        public Connection getConnection() throws SQLException {
            return delegate.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return delegate.getConnection(username, password);
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return delegate.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            delegate.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            delegate.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return delegate.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            return delegate.getParentLogger();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            return iface.isInstance(this) ? iface.cast(this) : delegate.unwrap(iface);
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) throws SQLException {
            return iface.isInstance(this) || delegate.isWrapperFor(iface);
        }
    }
}
