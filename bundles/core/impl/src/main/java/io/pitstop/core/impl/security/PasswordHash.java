package io.pitstop.core.impl.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2-SHA256 password hashes in the form
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (Base64). A plain digest
 * such as Karaf's own SHA-256 option is too fast to resist guessing.
 */
public final class PasswordHash {
    static final String PREFIX = "pbkdf2-sha256$";
    private static final int ITERATIONS = 120_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {
    }

    /**
     * Whether a password may be set or tried at all: not empty and without control characters. PBKDF2's HMAC
     * pads a key with zero bytes, so {@code "admin\0"} derives the same hash as {@code "admin"}; refusing
     * control characters is what keeps them apart (and no one types a NUL or an escape on purpose).
     */
    public static boolean acceptable(char[] password) {
        if (password == null || password.length == 0) {
            return false;
        }
        for (char c : password) {
            if (Character.isISOControl(c)) {
                return false;
            }
        }
        return true;
    }

    public static boolean isHash(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    public static String hash(char[] password) {
        if (!acceptable(password)) {
            throw new IllegalArgumentException("A password must not be empty or contain control characters");
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return PREFIX + ITERATIONS + "$" + b64(salt) + "$" + b64(derive(password, salt, ITERATIONS));
    }

    public static boolean matches(char[] password, String stored) {
        if (!acceptable(password) || !isHash(stored)) {
            return false;
        }
        String[] parts = stored.substring(PREFIX.length()).split("\\$");
        if (parts.length != 3) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[1]);
        byte[] expected = Base64.getDecoder().decode(parts[2]);
        return MessageDigest.isEqual(expected, derive(password, salt, Integer.parseInt(parts[0])));
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }
}
