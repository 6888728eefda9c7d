package com.allinaccountability.sandbox.hooks;

/**
 * Builds the accountability layer over the sandbox host: core service, record store, REST resources, panel. Called
 * once per start, after the database schema and the host's sample data exist and before the server accepts requests.
 * {@code Main.MODULE} names the one the shaded jar and {@code SandboxExtension} use.
 */
@FunctionalInterface
public interface SandboxModule {

    SandboxModule NONE = host -> Extensions.none();

    Extensions extensions(Host host);
}
