package com.allinaccountability.ao;

import org.junit.jupiter.api.DisplayName;

@DisplayName("WaitingIndex on H2")
class H2AoWaitingIndexTest extends AoWaitingIndexTest {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
