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

    @Test
    public void plainPasswordWithControlCharactersIsRefusedAndKeptForTheAdministrator() throws Exception {
        Path file = Files.createTempFile("users", ".properties");
        // the escape written below is a NUL in the loaded value; a trim() would have cut it and accepted "admin"
        Files.writeString(file, "admin = admin\\u0000,admin\nbell = a\\u0007b,manager\nmanager = manager ,manager\n",
                StandardCharsets.UTF_8);
        UserStore store = new UserStore(file);
        assertNull(store.find("admin"));
        assertNull(store.find("bell"));
        UserStore.User manager = store.find("manager");
        assertTrue(PasswordHash.matches("manager".toCharArray(), manager.passwordHash()));
        String onDisk = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue("a refused line stays for the administrator to correct", onDisk.contains("admin=admin\u0000,admin"));
        assertTrue(onDisk.contains("bell=a\u0007b,manager"));
        assertNull("and stays refused when read again", new UserStore(file).find("admin"));
        assertFalse(onDisk.contains("manager ,"));
    }
}
