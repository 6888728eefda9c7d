package com.allinaccountability.ao;

import org.junit.jupiter.api.DisplayName;

@DisplayName("Preferences on H2")
class H2AoPreferencesTest extends AoPreferencesTest {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.h2();
    }
}
