package com.allinaccountability.sandbox.host;

import com.allinaccountability.sandbox.auth.PasswordHasher;
import com.allinaccountability.sandbox.db.Jdbc;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Synthetic people for scale tests ({@code --generate-people N}): users {@code gen-person-00001} and so on, each may
 * browse and edit project GEN, with the address {@code <key>@example.com} and the password {@code generated}. The
 * issue generator then assigns and reports GEN issues among them and the sample users, so that "waiting for me" and
 * the digests have as many people as a real site. Idempotent: only the missing ones are added.
 */
public final class GeneratedPeople {
    /** Every generated person's password. */
    public static final String PASSWORD = "generated";
    private static final int BATCH = 1_000;

    private final Jdbc jdbc;
    private final PasswordHasher hasher;

    public GeneratedPeople(Jdbc jdbc, PasswordHasher hasher) {
        this.jdbc = jdbc;
        this.hasher = hasher;
    }

    /** The key of the {@code n}-th generated person, from 1. */
    public static String key(int n) {
        return String.format(Locale.ROOT, "gen-person-%05d", n);
    }

    /** Makes sure people 1 to {@code count} exist; answers all their keys. */
    public List<String> ensure(int count) {
        List<String> keys = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            keys.add(key(n));
        }
        int existing = jdbc.queryOne("SELECT COUNT(*) FROM SBX_USER WHERE USER_KEY LIKE 'gen-person-%'",
                row -> row.getInt(1)).orElse(0);
        if (existing >= count) {
            return keys;
        }
        // One hash for all: deriving 10,000 would take minutes and prove nothing about scale.
        String hash = hasher.hash(PASSWORD);
        for (int from = existing; from < count; from += BATCH) {
            List<String> batch = keys.subList(from, Math.min(count, from + BATCH));
            jdbc.inTransaction(connection -> {
                try (PreparedStatement user = connection.prepareStatement(
                        "INSERT INTO SBX_USER (USER_KEY, DISPLAY_NAME, EMAIL, PASSWORD_HASH) VALUES (?, ?, ?, ?)");
                        PreparedStatement permission = connection.prepareStatement(
                                "INSERT INTO SBX_PERMISSION (PROJECT_ID, USER_KEY, PERMISSION) VALUES (?, ?, ?)")) {
                    for (String key : batch) {
                        Jdbc.bind(user, key, "Generated Person " + key.substring("gen-person-".length()),
                                key + "@example.com", hash);
                        user.addBatch();
                        for (ProjectPermission granted : List.of(ProjectPermission.BROWSE, ProjectPermission.EDIT)) {
                            Jdbc.bind(permission, SampleData.GEN_PROJECT_ID, key, granted.name());
                            permission.addBatch();
                        }
                    }
                    user.executeBatch();
                    permission.executeBatch();
                }
                return null;
            });
        }
        return keys;
    }
}
