package com.allinaccountability.sandbox.host;

import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.sandbox.auth.PasswordHasher;
import com.allinaccountability.sandbox.db.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The sandbox's user directory ({@code SBX_USER}). Passwords are stored only as PBKDF2 hashes. */
public final class SandboxUsers {

    private final Jdbc jdbc;
    private final PasswordHasher hasher;

    public SandboxUsers(Jdbc jdbc, PasswordHasher hasher) {
        this.jdbc = jdbc;
        this.hasher = hasher;
    }

    public Optional<SandboxUser> find(UserKey key) {
        return jdbc.queryOne("SELECT USER_KEY, DISPLAY_NAME, EMAIL FROM SBX_USER WHERE USER_KEY = ?",
                row -> new SandboxUser(UserKey.of(row.getString(1)), row.getString(2), row.getString(3)),
                key.value());
    }

    /** Display names for the given users in one query; users not found are left out. */
    public Map<UserKey, SandboxUser> findAll(Collection<UserKey> keys) {
        Map<UserKey, SandboxUser> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        String placeholders = String.join(",", java.util.Collections.nCopies(keys.size(), "?"));
        Object[] parameters = keys.stream().map(UserKey::value).toArray();
        for (SandboxUser user : jdbc.query("SELECT USER_KEY, DISPLAY_NAME, EMAIL FROM SBX_USER WHERE USER_KEY IN ("
                + placeholders + ")",
                row -> new SandboxUser(UserKey.of(row.getString(1)), row.getString(2), row.getString(3)),
                parameters)) {
            found.put(user.key(), user);
        }
        return found;
    }

    /** The user whose name and password these are; empty for an unknown name or a wrong password. */
    public Optional<SandboxUser> authenticate(String username, String password) {
        // No user key holds U+0000, which PostgreSQL's driver refuses outright (a 500 instead of a 401).
        if (username == null || password == null || username.isBlank() || !Projects.isKeyLike(username)) {
            return Optional.empty();
        }
        Optional<String> stored = jdbc.queryOne("SELECT PASSWORD_HASH FROM SBX_USER WHERE USER_KEY = ?",
                row -> row.getString(1), username);
        if (stored.isEmpty() || !hasher.matches(password, stored.get())) {
            return Optional.empty();
        }
        return find(UserKey.of(username));
    }

    void create(Connection connection, SandboxUser user, String password) throws SQLException {
        Jdbc.update(connection,
                "INSERT INTO SBX_USER (USER_KEY, DISPLAY_NAME, EMAIL, PASSWORD_HASH) VALUES (?, ?, ?, ?)",
                user.key().value(), user.displayName(), user.email(), hasher.hash(password));
    }
}
