package io.pitstop.contacts.ui;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.pitstop.contacts.api.Contact;
import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.ContactKind;
import io.pitstop.contacts.api.ContactQuery;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.contacts.api.ContactStatus;
import io.pitstop.core.api.PageRequest;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.Test;

public class ContactsCsvTest {
    @Test
    public void everyContactTheFilterFindsIsWrittenPageByPage() {
        List<Contact> all = new ArrayList<>();
        for (int i = 0; i < ContactsCsv.PAGE * 2 + 7; i++) {
            all.add(new Contact(new ContactId(UUID.randomUUID()), ContactKind.ORGANIZATION, String.format("ООО «Клиент %05d»", i),
                    "7707083893", "770701001", null, null, null, null, null, List.of("+74951234567"),
                    List.of("info@example.ru"), List.of(), Set.of("vip"), null, ContactStatus.ACTIVE,
                    Instant.parse("2026-11-23T10:00:00Z"), Instant.parse("2026-11-23T10:00:00Z"), 0));
        }
        List<PageRequest> asked = new ArrayList<>();
        ContactQuery filter = new ContactQuery("клиент", null, ContactStatus.ACTIVE, null);
        ContactService contacts = (ContactService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ContactService.class}, (proxy, method, args) -> {
                    if (!method.getName().equals("find") || args[0] != filter) {
                        throw new AssertionError("unexpected call " + method.getName());
                    }
                    PageRequest page = (PageRequest) args[1];
                    asked.add(page);
                    return all.subList(Math.min(page.offset(), all.size()), Math.min(page.offset() + page.limit(), all.size()));
                });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContactsCsv.write(contacts, filter, out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(3, asked.size());
        assertEquals(1 + all.size(), lines.length);
        assertTrue(lines[0], lines[0].startsWith("\uFEFFid;kind;name;inn"));
        assertTrue(lines[1], lines[1].contains(";ORGANIZATION;ООО «Клиент 00000»;7707083893;770701001;"));
        assertTrue(lines[1], lines[1].contains(";'+74951234567;info@example.ru;vip;ACTIVE;2026-11-23T10:00:00Z"));
    }
}
