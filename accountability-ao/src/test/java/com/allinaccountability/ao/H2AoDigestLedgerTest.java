package com.allinaccountability.ao;

import org.junit.jupiter.api.DisplayName;

@DisplayName("DigestLedger on H2")
class H2AoDigestLedgerTest extends AoDigestLedgerTest {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
