package io.pitstop.core.impl.security;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.Test;

public class UserStoreTest {
    @Test
    public void hashesPlainPasswordsOnRead() throws Exception {
        Path file = Files.createTempFile("users", ".properties");
        Files.writeString(file, "admin = admin,admin\naccountant = s3cret,accountant,manager\n", StandardCharsets.UTF_8);
        UserStore store = new UserStore(file);
        UserStore.User admin = store.find("admin");
        assertTrue(PasswordHash.isHash(admin.passwordHash()));
        assertTrue(PasswordHash.matches("admin".toCharArray(), admin.passwordHash()));
        assertFalse(PasswordHash.matches("Admin".toCharArray(), admin.passwordHash()));
        assertEquals(Set.of("accountant", "manager"), store.find("accountant").roles());
        assertNull(store.find("nobody"));
        String onDisk = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse("plain passwords must not stay on disk", onDisk.contains("s3cret"));
        assertTrue(onDisk.contains("pbkdf2-sha256$"));
    }
}
