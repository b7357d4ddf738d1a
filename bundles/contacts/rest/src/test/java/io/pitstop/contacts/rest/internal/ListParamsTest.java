package io.pitstop.contacts.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.fail;

import io.pitstop.contacts.api.ContactKind;
import io.pitstop.contacts.api.ContactStatus;
import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.ValidationException;
import java.util.List;
import org.junit.Test;

public class ListParamsTest {
    @Test
    public void defaultsToActiveContactsFirstPage() {
        ListParams p = ListParams.parse(null, null, null, null, null, null, null);
        assertEquals(ContactStatus.ACTIVE, p.query().status());
        assertEquals(0, p.page().offset());
        assertEquals(PageRequest.DEFAULT_LIMIT, p.page().limit());
        assertEquals(List.of(), p.page().sort());
    }

    @Test
    public void readsEveryParameter() {
        ListParams p = ListParams.parse("ром", "PERSON", "ANY", "vip", "20", "10", "-createdAt,name");
        assertEquals("ром", p.query().text());
        assertEquals(ContactKind.PERSON, p.query().kind());
        assertNull(p.query().status());
        assertEquals("vip", p.query().tag());
        assertEquals(20, p.page().offset());
        assertEquals(List.of(new PageRequest.SortOrder("createdAt", false), new PageRequest.SortOrder("name", true)), p.page().sort());
        assertEquals(ContactStatus.ARCHIVED, ListParams.parse(null, null, "ARCHIVED", null, null, null, null).query().status());
    }

    @Test
    public void reportsEveryBadParameterAtOnce() {
        expect(() -> ListParams.parse(null, "robot", "gone", null, "x", "1.5", "note"), "kind", "status", "offset", "limit", "sort");
        expect(() -> ListParams.parse(null, null, null, null, "-1", "5000", "inn"), "offset", "limit");
        expect(() -> ListParams.page("a", "0"), "offset", "limit");
        // only the documented forms: exact names, no spaces or control characters, sort keys only
        expect(() -> ListParams.parse("a\u0000", "person", " ACTIVE", "\uFEFF", null, null, "name\u0000"),
                "q", "kind", "status", "tag", "sort");
    }

    private static void expect(Runnable call, String... fields) {
        try {
            call.run();
            fail("accepted");
        } catch (ValidationException e) {
            assertEquals(e.getMessage(), List.of(fields), e.fieldErrors().stream().map(FieldError::field).toList());
        }
    }
}
