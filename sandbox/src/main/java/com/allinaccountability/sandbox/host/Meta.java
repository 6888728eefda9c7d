package com.allinaccountability.sandbox.host;

import com.allinaccountability.sandbox.db.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Named values in {@code SBX_META}: markers such as "sample data seeded". */
final class Meta {

    private Meta() {}

    static Optional<String> get(Connection connection, String name) throws SQLException {
        List<String> values = Jdbc.query(connection, "SELECT VAL FROM SBX_META WHERE NAME = ?", row -> row.getString(1),
                name);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    static void put(Connection connection, String name, String value) throws SQLException {
        if (Jdbc.update(connection, "UPDATE SBX_META SET VAL = ? WHERE NAME = ?", value, name) == 0) {
            Jdbc.update(connection, "INSERT INTO SBX_META (NAME, VAL) VALUES (?, ?)", name, value);
        }
    }
}
