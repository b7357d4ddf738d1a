package io.pitstop.core.impl.security;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class PasswordHashTest {
    private static final String ADMIN = PasswordHash.hash("admin".toCharArray());

    @Test
    public void theRightPasswordMatches() {
        assertTrue(PasswordHash.matches("admin".toCharArray(), ADMIN));
        assertFalse(PasswordHash.matches("admin ".toCharArray(), ADMIN));
    }

    /** HMAC pads its key with zero bytes, so PBKDF2 alone derives the same hash for "admin" and "admin\0". */
    @Test
    public void trailingNulDoesNotMatch() {
        assertFalse(PasswordHash.matches("admin\u0000".toCharArray(), ADMIN));
        assertFalse(PasswordHash.matches("admin\u0000\u0000".toCharArray(), ADMIN));
    }

    @Test
    public void controlCharactersAreNotAcceptable() {
        for (String bad : new String[] {"", "a\u0000b", "admin\n", "\tadmin", "ad\u001bmin", "admin\u007f", "admin\u0085"}) {
            assertFalse(bad, PasswordHash.acceptable(bad.toCharArray()));
            assertThrows(bad, IllegalArgumentException.class, () -> PasswordHash.hash(bad.toCharArray()));
        }
        assertTrue(PasswordHash.acceptable("пароль с пробелом!".toCharArray()));
    }
}
