package com.allinaccountability.sandbox.hostile;

import com.allinaccountability.sandbox.SandboxExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The naughty-strings round trip on the sandbox's embedded H2. */
class HostileCorpusOnH2Test extends HostileCorpusRoundTrip {
    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    @Override
    SandboxExtension sandbox() {
        return SANDBOX;
    }
}
