package com.allinaccountability.ao;

import com.allinaccountability.core.port.RecordStore;
import com.allinaccountability.core.port.RecordStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

/**
 * The store contract on the real PostgreSQL server. Never skipped: if the server is not there, every test fails with
 * a message that says to run {@code .ci/setup-postgres.sh}.
 */
@DisplayName("RecordStore contract on PostgreSQL")
class PostgresRecordStoreContractTest extends RecordStoreContract {
    private static TestDatabase database;

    @BeforeAll
    static void createSchema() {
        database = TestDatabase.postgres();
    }

    @AfterAll
    static void dropSchema() throws Exception {
        if (database != null) {
            database.close();
        }
    }

    @Override
    protected RecordStore store() {
        return database.store();
    }
}
