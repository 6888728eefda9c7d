package com.allinaccountability.sandbox.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Password hashes with the JDK's PBKDF2 (HMAC-SHA-512, 210,000 iterations, as OWASP recommends), stored as {@code
 * pbkdf2-sha512$iterations$salt$hash}. The iteration count is part of the stored value, so it can be raised later
 * without breaking existing users.
 *
 * <p>A derivation costs about 0.2 s of CPU by design, and a REST client with Basic authentication sends the password
 * with every request: 32 such clients on two cores kept every request waiting for seconds (and timed some out). So a
 * password that matched once is remembered, per stored hash, as an HMAC under a key that lives only in this process:
 * the same password for the same stored hash then costs one HMAC. A changed password has a new stored hash (its salt
 * is new), so it never meets an old entry; a wrong password is never remembered, so guessing still pays the full
 * derivation. Requests that arrive at once with the same credentials (a client's first burst) share one derivation.
 * A remembered password is forgotten after ten minutes, and at most one derivation per core runs at a time, so a flood
 * of wrong passwords queues behind itself while remembered checks go on.
 */
public final class PasswordHasher {

    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final String PREFIX = "pbkdf2-sha512";
    private static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 512;

    /** How many verified (stored hash, password) pairs are remembered; the least recently used go first. */
    static final int REMEMBERED = 10_000;

    private final SecureRandom random = new SecureRandom();
    private final byte[] memoKey = new byte[32];
    private final Map<String, CompletableFuture<Boolean>> inFlight = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong derivations = new java.util.concurrent.atomic.AtomicLong();
    /** How long a verified password is remembered: a heap dump then holds only recent ones. */
    static final long REMEMBERED_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(10);

    private final Map<String, Memo> verified = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Memo> eldest) {
                    return size() > REMEMBERED;
                }
            });
    /** At most one derivation per core at a time, so wrong passwords cannot starve requests whose check is cheap. */
    private final java.util.concurrent.Semaphore deriving =
            new java.util.concurrent.Semaphore(Runtime.getRuntime().availableProcessors());

    public PasswordHasher() {
        random.nextBytes(memoKey);
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password.toCharArray(), salt, ITERATIONS);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + ITERATIONS + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
    }

    /** Whether {@code password} matches {@code stored}; compares in constant time. */
    public boolean matches(String password, String stored) {
        byte[] memo = memo(password);
        if (remembers(stored, memo)) {
            return true;
        }
        // Requests that arrive together with the same credentials (a client's first burst) share one derivation.
        String attempt = stored + "$" + Base64.getEncoder().encodeToString(memo);
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        CompletableFuture<Boolean> running = inFlight.putIfAbsent(attempt, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        try {
            // Looked up again: a derivation that ended just before this one began has remembered its result.
            boolean matches = remembers(stored, memo) || derivedMatches(password, stored);
            if (matches) {
                verified.put(stored, new Memo(memo, System.nanoTime()));
            }
            mine.complete(matches);
            return matches;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(attempt);
        }
    }

    private boolean remembers(String stored, byte[] memo) {
        Memo remembered = verified.get(stored);
        if (remembered == null || System.nanoTime() - remembered.at() > REMEMBERED_NANOS) {
            return false;
        }
        return MessageDigest.isEqual(remembered.hmac(), memo);
    }

    private record Memo(byte[] hmac, long at) {}

    /** How many slow derivations this hasher has run (hashing and checking), for tests and monitoring. */
    public long derivations() {
        return derivations.get();
    }

    private boolean derivedMatches(String password, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            byte[] actual = derive(password.toCharArray(), salt, iterations);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private byte[] memo(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(memoKey, "HmacSHA256"));
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK 17; this JDK lacks it", e);
        }
    }

    private byte[] derive(char[] password, byte[] salt, int iterations) {
        derivations.incrementAndGet();
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        deriving.acquireUninterruptibly();
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK 17; this JDK lacks it", e);
        } finally {
            deriving.release();
            spec.clearPassword();
        }
    }
}
