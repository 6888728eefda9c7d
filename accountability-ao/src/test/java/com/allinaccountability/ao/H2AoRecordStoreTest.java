package com.allinaccountability.ao;

import org.junit.jupiter.api.DisplayName;

@DisplayName("AO store on H2")
class H2AoRecordStoreTest extends AoRecordStoreTest {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
