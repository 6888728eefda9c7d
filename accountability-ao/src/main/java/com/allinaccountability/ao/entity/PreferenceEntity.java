package com.allinaccountability.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** One person's settings, for those who chose any; a user without a row has the defaults. */
@Table(PreferenceEntity.TABLE)
public interface PreferenceEntity extends Entity {
    String TABLE = "USER_PREF";

    String USER_KEY = "USER_KEY";
    String DIGEST = "DIGEST";

    @NotNull
    @Unique
    String getUserKey();

    void setUserKey(String userKey);

    /** The {@code DigestFrequency}'s name. */
    @NotNull
    String getDigest();

    void setDigest(String frequency);
}
