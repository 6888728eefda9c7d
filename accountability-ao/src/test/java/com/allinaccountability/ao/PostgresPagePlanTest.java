package com.allinaccountability.ao;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.ao.entity.RecordEntity;
import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.port.RecordStore.SaveResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The plans PostgreSQL makes for the store's page queries on a large table, right after a bulk load (no statistics,
 * autovacuum off on the table) and after {@code ANALYZE}, with every planner method left on.
 *
 * <p>A report streams a project page by page; if a page is planned as a bitmap scan of the project's remaining rows
 * and a sort of them, every page reads the whole rest of the project and the report is quadratic (issue 12: 753 s for
 * a million issues right after the bulk load, 14 s after {@code ANALYZE}). The SQL explained is the one the store
 * sent, captured by the statement-recording data source, never a copy.
 */
@DisplayName("Page plans on PostgreSQL without and with statistics")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresPagePlanTest {

    private static final int ROWS = 200_000;
    /** Every {@value}th issue belongs to the small project, spread over the whole table. */
    private static final int SMALL_EVERY = 200;
    private static final long BIG = 10;
    private static final long SMALL = 20;
    private static final long FIRST_ISSUE = 1_000_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestDatabase database;
    private AoRecordStore store;
    private String projectNextKey;
    private String projectPage;
    private String allPage;

    @BeforeAll
    void load() throws SQLException {
        database = TestDatabase.postgres();
        store = database.store();
        // The SQL the store sends, captured before the bulk load (the calls run for real): a project of two
        // records gives the query of a project's next key and the query of a page.
        long tiny = 30;
        for (long issue = 1; issue <= 2; issue++) {
            assertThat(store.save(AccountabilityRecord.empty(issue, tiny), List.of()))
                    .isInstanceOf(SaveResult.Saved.class);
        }
        List<String> projectQueries = sentSql(() -> store.forEachInProject(tiny, record -> { }));
        projectNextKey = projectQueries.stream().filter(sql -> parameters(sql) == 2).findFirst().orElseThrow();
        projectPage = projectQueries.stream().filter(sql -> parameters(sql) == 3).findFirst().orElseThrow();
        allPage = sentSql(() -> store.forEachRecord(record -> { })).get(0);
        String table = database.qualified(RecordEntity.TABLE);
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + table + " SET (autovacuum_enabled = false)");
            // Shaped like generated records: one snapshot of about a kilobyte each, issue ids in one run, the small
            // project's issues spread among the big one's.
            statement.execute("INSERT INTO " + table + " (\"ISSUE_ID\", \"PROJECT_ID\", \"VERSION\", "
                    + "\"SNAPSHOT_FORMAT\", \"SNAPSHOT_VERSION\", \"SNAPSHOT\") SELECT " + FIRST_ISSUE + " + g, "
                    + "CASE WHEN g % " + SMALL_EVERY + " = 0 THEN " + SMALL + " ELSE " + BIG + " END, 1, "
                    + RecordSnapshot.FORMAT + ", 1, repeat(md5(g::text), 32) FROM generate_series(1, " + ROWS
                    + ") AS g");
        }
    }

    @AfterAll
    void close() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void pagesAreIndexRangesInOrderRightAfterTheBulkLoad() throws Exception {
        assertThat(analysed()).as("nothing has analysed the table").isFalse();
        assertPagesAreIndexRangesInOrder();
    }

    @Test
    @Order(2)
    void pagesAreIndexRangesInOrderAfterAnalyze() throws Exception {
        try (Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE " + database.qualified(RecordEntity.TABLE));
        }
        assertThat(analysed()).isTrue();
        assertPagesAreIndexRangesInOrder();
    }

    private void assertPagesAreIndexRangesInOrder() throws Exception {
        long middle = FIRST_ISSUE + ROWS / 2;
        for (long project : List.of(BIG, SMALL)) {
            assertIndexRangeInOrder(projectNextKey, project, Long.MIN_VALUE);
            assertIndexRangeInOrder(projectNextKey, project, middle);
            assertIndexRangeInOrder(projectNextKey, project, FIRST_ISSUE + ROWS - 10);
            // Windows as the store cuts them: the first (twice a page), a wide one (a thin project), the whole range.
            assertIndexRangeInOrder(projectPage, project, FIRST_ISSUE, FIRST_ISSUE + 1_000);
            assertIndexRangeInOrder(projectPage, project, middle, middle + 100_000);
            assertIndexRangeInOrder(projectPage, project, Long.MIN_VALUE, Long.MAX_VALUE);
        }
        assertIndexRangeInOrder(allPage, Long.MIN_VALUE);
        assertIndexRangeInOrder(allPage, middle);
        assertIndexRangeInOrder(allPage, FIRST_ISSUE + ROWS - 10);
    }

    /** Whether PostgreSQL holds statistics of the record table's columns. */
    private boolean analysed() throws SQLException {
        try (Connection connection = database.connection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT COUNT(*) FROM pg_stats WHERE schemaname = ? AND tablename = ?")) {
            query.setString(1, database.schema());
            query.setString(2, database.table(RecordEntity.TABLE));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        }
    }

    /** The distinct ordered queries {@code action} sent through the store, in order. */
    private List<String> sentSql(Runnable action) {
        database.counter().reset();
        action.run();
        List<String> ordered = database.counter().statements().stream()
                .filter(sql -> sql != null && sql.contains("ORDER BY")).distinct().toList();
        assertThat(ordered).as("ordered queries among %s", database.counter().statements()).isNotEmpty();
        return ordered;
    }

    private static long parameters(String sql) {
        return sql.chars().filter(c -> c == '?').count();
    }

    /**
     * Explains {@code sql} with these parameters (the plan the driver's first executions get) and as a generic plan
     * (the one a server-side prepared statement may switch to), and asserts both read an index range in order: no
     * Sort, no Bitmap Heap Scan, no Seq Scan. Returns the plans.
     */
    private String assertIndexRangeInOrder(String sql, Object... parameters) throws Exception {
        StringBuilder plans = new StringBuilder();
        try (Connection connection = database.connection()) {
            try (PreparedStatement explain = connection.prepareStatement("EXPLAIN (FORMAT JSON) " + sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    explain.setObject(i + 1, parameters[i]);
                }
                plans.append(checked(explain, sql, "custom plan", parameters));
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET plan_cache_mode = force_generic_plan");
                statement.execute("PREPARE page_plan AS " + numbered(sql));
                try {
                    StringBuilder execute = new StringBuilder("EXPLAIN (FORMAT JSON) EXECUTE page_plan(");
                    for (int i = 0; i < parameters.length; i++) {
                        execute.append(i == 0 ? "" : ", ").append(parameters[i]);
                    }
                    try (PreparedStatement explain = connection.prepareStatement(execute.append(")").toString())) {
                        plans.append(checked(explain, sql, "generic plan", parameters));
                    }
                } finally {
                    statement.execute("DEALLOCATE page_plan");
                    statement.execute("RESET plan_cache_mode");
                }
            }
        }
        return plans.toString();
    }

    private static String checked(PreparedStatement explain, String sql, String kind, Object... parameters)
            throws Exception {
        String json;
        try (ResultSet rows = explain.executeQuery()) {
            rows.next();
            json = rows.getString(1);
        }
        List<String> nodes = new ArrayList<>();
        collectNodeTypes(JSON.readTree(json).get(0).get("Plan"), nodes);
        assertThat(nodes).as("%s of %s with %s:%n%s", kind, sql, List.of(parameters), json)
                .doesNotContain("Sort", "Incremental Sort", "Bitmap Heap Scan", "Seq Scan")
                .anyMatch(node -> node.startsWith("Index"));
        return json;
    }

    private static void collectNodeTypes(JsonNode plan, List<String> into) {
        into.add(plan.get("Node Type").asText());
        JsonNode children = plan.get("Plans");
        if (children != null) {
            children.forEach(child -> collectNodeTypes(child, into));
        }
    }

    /** {@code sql} with its {@code ?} placeholders numbered {@code $1, $2, ...}, for {@code PREPARE}. */
    private static String numbered(String sql) {
        StringBuilder numbered = new StringBuilder();
        int n = 0;
        for (char c : sql.toCharArray()) {
            if (c == '?') {
                numbered.append('$').append(++n);
            } else {
                numbered.append(c);
            }
        }
        return numbered.toString();
    }
}
