package com.allinaccountability.ao;

import com.allinaccountability.core.port.RecordStore;
import com.allinaccountability.core.port.RecordStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;

/** The store contract on embedded H2, with the schema Jira's naming would create. */
@DisplayName("RecordStore contract on H2")
class H2RecordStoreContractTest extends RecordStoreContract {
    private static TestDatabase database;

    @BeforeAll
    static void createSchema() {
        database = TestDatabase.h2();
    }

    @AfterAll
    static void dropSchema() throws Exception {
        database.close();
    }

    @Override
    protected RecordStore store() {
        return database.store();
    }
}
