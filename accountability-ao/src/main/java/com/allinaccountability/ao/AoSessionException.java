package com.allinaccountability.ao;

import java.sql.SQLException;

/** A database error from {@link EntityManagerSession}; the {@link SQLException} is the cause. */
public final class AoSessionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AoSessionException(String message, SQLException cause) {
        super(message + ": " + cause.getMessage() + " (SQL state " + cause.getSQLState() + ")", cause);
    }
}
