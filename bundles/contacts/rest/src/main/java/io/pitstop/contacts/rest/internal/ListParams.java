package io.pitstop.contacts.rest.internal;

import io.pitstop.contacts.api.ContactKind;
import io.pitstop.contacts.api.ContactQuery;
import io.pitstop.contacts.api.ContactService;
import io.pitstop.contacts.api.ContactStatus;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.rest.Params;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Query parameters of the contact lists, read by the shared {@link Params} rules (every bad parameter at once,
 * each named with what it accepts); what is particular to contacts is the status {@code ANY}.
 */
record ListParams(ContactQuery query, PageRequest page) {
    /** Status value that lists active and archived contacts together. */
    static final String ANY_STATUS = "ANY";

    /** The value of {@code responsible} that means the caller. */
    static final String ME = "me";

    static ListParams parse(String q, String kind, String status, String tag, String offset, String limit, String sort) {
        return parse(q, kind, status, tag, offset, limit, sort, null, null);
    }

    /** {@code caller}: the login {@code responsible=me} stands for. */
    static ListParams parse(String q, String kind, String status, String tag, String offset, String limit, String sort,
                            String responsible, String caller) {
        Params p = new Params();
        String text = p.text(q, "q");
        ContactKind k = p.choice(kind, "kind", ContactKind.class);
        List<String> statuses = new ArrayList<>(Arrays.stream(ContactStatus.values()).map(Enum::name).toList());
        statuses.add(ANY_STATUS);
        String s = p.oneOf(status, "status", statuses);
        String t = p.text(tag, "tag");
        String who = p.text(responsible, "responsible");
        PageRequest page = p.page(offset, limit, sort, ContactService.SORTABLE);
        p.throwIfInvalid();
        ContactStatus chosen = s == null ? ContactStatus.ACTIVE : ANY_STATUS.equals(s) ? null : ContactStatus.valueOf(s);
        if (ME.equals(who)) {
            who = caller;
        }
        return new ListParams(new ContactQuery(text, k, chosen, t, who), page);
    }

    /** Offset and limit alone, e.g. for a history. */
    static PageRequest page(String offset, String limit) {
        Params p = new Params();
        PageRequest page = p.page(offset, limit);
        p.throwIfInvalid();
        return page;
    }
}
