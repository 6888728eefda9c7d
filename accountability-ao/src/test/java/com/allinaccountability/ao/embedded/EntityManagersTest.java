package com.allinaccountability.ao.embedded;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class EntityManagersTest {
    private final DataSource unused = new JdbcDataSource();

    @Test
    void aPrefixLongerThanJirasIsRefusedBecauseNamesWouldNotFitOracle() {
        assertThatThrownBy(() -> EntityManagers.forDataSource(unused, "PUBLIC", "AO_1234567_"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("AO_XXXXXX_");
    }

    @Test
    void aPrefixMustBeUpperCaseAndEndWithAnUnderscore() {
        assertThatThrownBy(() -> EntityManagers.forDataSource(unused, "PUBLIC", "ao_abc_"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EntityManagers.forDataSource(unused, "PUBLIC", "AO_ABC"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
