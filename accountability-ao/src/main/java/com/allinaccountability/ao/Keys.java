package com.allinaccountability.ao;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Combined unique keys (AO 3.2.3's {@code @Unique} covers one column): readable while they fit AO's default
 * {@code VARCHAR(255)}, else {@code "#"} and the SHA-256 of the readable form, which starts with no digit and so never
 * equals a readable key of the same shape.
 */
final class Keys {
    static final int MAX_LENGTH = 255;

    private Keys() {
    }

    /** {@code readable} itself if it fits, else its digest. */
    static String fitted(String readable) {
        if (readable.length() <= MAX_LENGTH) {
            return readable;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(readable.getBytes(StandardCharsets.UTF_8));
            return "#" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
