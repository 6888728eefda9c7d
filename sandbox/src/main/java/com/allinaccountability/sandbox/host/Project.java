package com.allinaccountability.sandbox.host;

import com.allinaccountability.core.model.UserKey;

/** A sandbox project. */
public record Project(long id, String key, String name, UserKey lead) {}
