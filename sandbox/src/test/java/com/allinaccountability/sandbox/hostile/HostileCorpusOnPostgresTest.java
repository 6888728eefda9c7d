package com.allinaccountability.sandbox.hostile;

import com.allinaccountability.sandbox.SandboxExtension;
import com.allinaccountability.sandbox.cluster.FreshPostgresDatabase;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The naughty-strings round trip on PostgreSQL. */
class HostileCorpusOnPostgresTest extends HostileCorpusRoundTrip {
    @RegisterExtension
    @Order(1)
    static final FreshPostgresDatabase DATABASE = new FreshPostgresDatabase();

    @RegisterExtension
    @Order(2)
    static final SandboxExtension SANDBOX = SandboxExtension.onPostgres(DATABASE.jdbcUrl());

    @Override
    SandboxExtension sandbox() {
        return SANDBOX;
    }
}
