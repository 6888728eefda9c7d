package com.allinaccountability.sandbox.host;

import com.allinaccountability.core.model.UserKey;

/** A sandbox user as pages show them; the password hash never leaves {@link SandboxUsers}. */
public record SandboxUser(UserKey key, String displayName, String email) {}
