package com.allinaccountability.ao;

import org.junit.jupiter.api.DisplayName;

/** Never skipped: without the server every test fails, naming {@code .ci/setup-postgres.sh}. */
@DisplayName("AO store on PostgreSQL")
class PostgresAoRecordStoreTest extends AoRecordStoreTest {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }
}
