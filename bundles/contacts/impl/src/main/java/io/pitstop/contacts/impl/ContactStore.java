package io.pitstop.contacts.impl;

import io.pitstop.contacts.api.Address;
import io.pitstop.contacts.api.Responsible;
import io.pitstop.contacts.api.Contact;
import io.pitstop.contacts.api.ContactId;
import io.pitstop.contacts.api.ContactKind;
import io.pitstop.contacts.api.ContactQuery;
import io.pitstop.contacts.api.ContactStatus;
import io.pitstop.contacts.api.DuplicateHint;
import io.pitstop.contacts.api.Relation;
import io.pitstop.contacts.api.RelationType;
import io.pitstop.contacts.impl.jpa.AddressEntity;
import io.pitstop.contacts.impl.jpa.ContactChildEntity;
import io.pitstop.contacts.impl.jpa.ContactEntity;
import io.pitstop.contacts.impl.jpa.EmailEntity;
import io.pitstop.contacts.impl.jpa.PhoneEntity;
import io.pitstop.contacts.impl.jpa.RelationEntity;
import io.pitstop.contacts.impl.jpa.ResponsibleEntity;
import io.pitstop.contacts.impl.jpa.TagEntity;
import io.pitstop.contacts.impl.jpa.WordEntity;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.Page;
import io.pitstop.core.api.PageRequest;
import io.pitstop.core.api.ValidationException;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import javax.persistence.TypedQuery;

/**
 * The contacts tables through one EntityManager: reads in batches (a page
 * of contacts costs one query per list table, not one per contact) and
 * writes children row by row in place.
 */
final class ContactStore {
    /** Sort keys of the API and the indexed columns behind them. */
    private static final Map<String, String> SORT_COLUMNS = Map.of("name", "c.nameLower", "createdAt", "c.createdAt", "inn", "c.inn");
    /** Exact lookups return few contacts; this bounds the IN list if a number is shared absurdly often. */
    private static final int MAX_EXACT_MATCHES = 1000;
    private static final int MAX_HINTS = 100;
    /** How many matches of a word are enough to call it common when choosing which word leads a search. */
    private static final int PROBE_LIMIT = 2000;
    /**
     * Matches of the leading word from which a name-ordered word search may walk the name index: below this, the
     * database is made to collect and sort the candidates. Its planner takes words as spread evenly over the name
     * order, but a surname sits in one place (all "смирнов..." names after all "а..." to "р..." ones), so the walk
     * read 370 k contacts to find 10 for "смирнов" (4.6 s at a million); sorting its 27 k candidates takes 0.3 s.
     * Above this the word is common enough to be met early wherever it stands in a name.
     */
    private static final int DENSE_MATCHES = 50_000;

    private final EntityManager em;
    private boolean written;

    ContactStore(EntityManager em) {
        this.em = em;
    }

    /** True once this transaction changed a row: from then on a refusal must roll back. */
    boolean hasWritten() {
        return written;
    }

    ContactEntity find(ContactId id) {
        return em.find(ContactEntity.class, id.toString());
    }

    // --- reading ----------------------------------------------------------------------------------------------

    Contact contact(ContactEntity row) {
        return contacts(List.of(row)).get(0);
    }

    /** Contacts of the given rows, in the same order, with their lists loaded in one query per list table. */
    List<Contact> contacts(List<ContactEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(ContactEntity::getId).toList();
        Map<String, List<Object>> phones = children(PhoneEntity.class, ids);
        Map<String, List<Object>> emails = children(EmailEntity.class, ids);
        Map<String, List<Object>> addresses = children(AddressEntity.class, ids);
        Map<String, List<Object>> tags = children(TagEntity.class, ids);
        Map<String, List<Object>> responsible = children(ResponsibleEntity.class, ids);
        List<Contact> result = new ArrayList<>(rows.size());
        for (ContactEntity r : rows) {
            result.add(new Contact(ContactId.parse(r.getId()), ContactKind.valueOf(r.getKind()), r.getName(),
                    r.getInn(), r.getKpp(), r.getOgrn(), r.getLastName(), r.getFirstName(), r.getMiddleName(), r.getBirthDate(),
                    cast(phones.get(r.getId()), String.class), cast(emails.get(r.getId()), String.class),
                    cast(addresses.get(r.getId()), Address.class), Set.copyOf(cast(tags.get(r.getId()), String.class)),
                    r.getNote(), ContactStatus.valueOf(r.getStatus()), r.getCreatedAt().toInstant(), r.getUpdatedAt().toInstant(),
                    r.getVersion(), cast(responsible.get(r.getId()), Responsible.class),
                    r.getMergedInto() == null ? null : ContactId.parse(r.getMergedInto())));
        }
        return result;
    }

    private <E extends ContactChildEntity> Map<String, List<Object>> children(Class<E> type, List<String> contactIds) {
        Map<String, List<Object>> byContact = new HashMap<>();
        for (E row : em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.contactId IN :ids", type)
                .setParameter("ids", contactIds).getResultList()) {
            List<Object> values = byContact.computeIfAbsent(row.getContactId(), k -> new ArrayList<>());
            while (values.size() <= row.getPos()) {
                values.add(null);
            }
            values.set(row.getPos(), row.value());
        }
        return byContact;
    }

    private static <T> List<T> cast(List<Object> values, Class<T> type) {
        if (values == null) {
            return List.of();
        }
        List<T> result = new ArrayList<>(values.size());
        for (Object v : values) {
            if (v != null) {
                result.add(type.cast(v));
            }
        }
        return result;
    }

    // --- writing ----------------------------------------------------------------------------------------------

    /** Stores a new contact and its lists, parent first (the update manager keeps this order). */
    void insert(ContactEntity row, ContactData data, Timestamp now) {
        written = true;
        copy(row, data, now);
        em.persist(row);
        writeLists(row.getId(), data, true);
    }

    /** Changes a stored contact to the data, touching only the list rows that differ. */
    void update(ContactEntity row, ContactData data, Timestamp now) {
        written = true;
        copy(row, data, now);
        writeLists(row.getId(), data, false);
    }

    void changeStatus(ContactEntity row, ContactStatus status, Timestamp now) {
        written = true;
        row.setStatus(status.name());
        row.setUpdatedAt(now);
    }

    void persist(Object entity) {
        written = true;
        em.persist(entity);
    }

    void remove(Object entity) {
        written = true;
        em.remove(entity);
    }

    /** Writes pending changes now, so that version conflicts and constraint errors surface inside the service. */
    void flush() {
        em.flush();
    }

    /**
     * Flushes a contact that holds {@code inn}. Another request may have saved the same INN after this one
     * checked it; the database's unique constraint then refuses the row, and the caller gets the same 409 as
     * from the check (the transaction rolls back, so the holder cannot be looked up in it).
     */
    void flushClaiming(String inn) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (inn != null && isUniqueViolation(e)) {
                throw new ConflictException("INN " + inn + " was saved for another contact a moment ago");
            }
            throw e;
        }
    }

    /** SQLSTATE 23505, unique violation, on PostgreSQL and Derby alike. */
    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException && "23505".equals(((SQLException) t).getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void copy(ContactEntity row, ContactData data, Timestamp now) {
        row.setKind(data.kind().name());
        row.setName(data.name());
        row.setNameLower(data.nameKey());
        row.setSearchWords(SearchKeys.joined(SearchKeys.words(data.name())));
        row.setInn(data.inn());
        row.setKpp(data.kpp());
        row.setOgrn(data.ogrn());
        row.setLastName(data.lastName());
        row.setFirstName(data.firstName());
        row.setMiddleName(data.middleName());
        row.setBirthDate(data.birthDate());
        row.setNote(data.note());
        row.setUpdatedAt(now);
    }

    private void writeLists(String id, ContactData data, boolean fresh) {
        sync(PhoneEntity.class, id, data.phones(), fresh, (c, p, v) -> new PhoneEntity(c, p, (String) v));
        sync(EmailEntity.class, id, data.emails(), fresh, (c, p, v) -> new EmailEntity(c, p, (String) v));
        sync(AddressEntity.class, id, data.addresses(), fresh, (c, p, v) -> new AddressEntity(c, p, (Address) v));
        sync(TagEntity.class, id, data.tags(), fresh, (c, p, v) -> new TagEntity(c, p, (String) v));
        if (data.responsible() != null) {
            sync(ResponsibleEntity.class, id, data.responsible(), fresh, (c, p, v) -> new ResponsibleEntity(c, p, (Responsible) v));
        }
        sync(WordEntity.class, id, SearchKeys.words(data.name()), fresh, (c, p, v) -> new WordEntity(c, p, (String) v));
    }

    /** Makes the contact's responsible staff exactly {@code responsible} (a merge hands the duplicate's over). */
    void setResponsible(String contactId, List<Responsible> responsible) {
        written = true;
        sync(ResponsibleEntity.class, contactId, responsible, false, (c, p, v) -> new ResponsibleEntity(c, p, (Responsible) v));
    }

    /** Removes the contact, its lists and every relation it stands in. */
    void delete(ContactEntity row) {
        written = true;
        String id = row.getId();
        for (RelationEntity r : relationRows(id)) {
            em.remove(r);
        }
        for (Class<? extends ContactChildEntity> type : List.of(PhoneEntity.class, EmailEntity.class, AddressEntity.class,
                TagEntity.class, WordEntity.class, ResponsibleEntity.class)) {
            sync(type, id, List.of(), false, null);
        }
        em.remove(row);
    }

    /**
     * Makes rows 0..n-1 of a list table hold exactly {@code wanted}, changing
     * only the rows that differ; a fresh contact has no rows to read.
     */
    private <E extends ContactChildEntity> void sync(Class<E> type, String contactId, List<?> wanted, boolean fresh,
                                                     ChildFactory factory) {
        List<E> existing = fresh ? List.of()
                : em.createQuery("SELECT e FROM " + type.getSimpleName() + " e WHERE e.contactId = :id ORDER BY e.pos", type)
                        .setParameter("id", contactId).getResultList();
        for (int i = 0; i < Math.max(existing.size(), wanted.size()); i++) {
            if (i >= wanted.size()) {
                em.remove(existing.get(i));
            } else if (i >= existing.size()) {
                em.persist(factory.create(contactId, i, wanted.get(i)));
            } else if (!existing.get(i).value().equals(wanted.get(i))) {
                existing.get(i).assign(wanted.get(i));
            }
        }
    }

    /** Makes a new list row. */
    @FunctionalInterface
    private interface ChildFactory {
        ContactChildEntity create(String contactId, int pos, Object value);
    }

    // --- finding ----------------------------------------------------------------------------------------------

    /** The contact holding this INN, other than {@code except}. */
    ContactEntity innHolder(String inn, String except) {
        for (ContactEntity c : em.createQuery("SELECT c FROM ContactEntity c WHERE c.inn = :inn", ContactEntity.class)
                .setParameter("inn", inn).setMaxResults(2).getResultList()) {
            if (!c.getId().equals(except)) {
                return c;
            }
        }
        return null;
    }

    /** Organisations whose name is exactly this one, ignoring case. */
    List<ContactEntity> organizationsNamed(String nameKey) {
        return em.createQuery("SELECT c FROM ContactEntity c WHERE c.nameLower = :name AND c.kind = :kind ORDER BY c.createdAt, c.id",
                        ContactEntity.class)
                .setParameter("name", nameKey).setParameter("kind", ContactKind.ORGANIZATION.name()).setMaxResults(2).getResultList();
    }

    /**
     * One page of contacts. Plain lists read one of the (status, ..., key, id)
     * indexes in order and stop after the page. A word search reaches its
     * candidates through the word index with its most selective word, checks
     * the other words on the row, and sorts only the candidates; since one
     * prefix may start two words of a contact, it pages over distinct
     * (key, id) pairs and loads the page's contacts afterwards.
     */
    Page<ContactEntity> search(ContactQuery query, PageRequest page) {
        Filter filter = filter(query);
        if (filter == null) {
            return new Page<>(List.of(), 0, page.offset(), page.limit());
        }
        List<ContactEntity> rows = rows(filter, page);
        long total = rows.size() < page.limit() && (page.offset() == 0 || !rows.isEmpty())
                ? page.offset() + rows.size() : count(filter);
        return new Page<>(rows, total, page.offset(), page.limit());
    }

    /** The rows of {@link #search} without counting the matches. */
    List<ContactEntity> find(ContactQuery query, PageRequest page) {
        Filter filter = filter(query);
        return filter == null ? List.of() : rows(filter, page);
    }

    private List<ContactEntity> rows(Filter filter, PageRequest page) {
        List<PageRequest.SortOrder> sort = page.sort().isEmpty() ? List.of(new PageRequest.SortOrder("name", true)) : page.sort();
        List<String> keys = new ArrayList<>();
        List<String> order = new ArrayList<>();
        for (PageRequest.SortOrder s : sort) {
            String column = SORT_COLUMNS.get(s.property());
            if (column == null) {
                throw ValidationException.field("sort", "cannot sort by '" + s.property() + "'; allowed: " + SORT_COLUMNS.keySet());
            }
            keys.add(column);
            order.add(column + (s.ascending() ? "" : " DESC"));
        }
        // the id breaks ties in the direction of the first key, so that the (key, id) index is read in one direction
        order.add("c.id" + (sort.get(0).ascending() ? "" : " DESC"));
        List<ContactEntity> rows;
        if (filter.distinct) {
            if (!filter.dense && keys.get(0).equals(SORT_COLUMNS.get("name"))) {
                // an expression, not the column: no index yields it in order, so the candidates are reached through
                // the word index and sorted (see DENSE_MATCHES)
                keys.set(0, "CONCAT(c.nameLower, '')");
                order.set(0, "k0" + (sort.get(0).ascending() ? "" : " DESC"));
            }
            List<String> select = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                select.add(keys.get(i) + (i == 0 ? " AS k0" : ""));
            }
            TypedQuery<Object[]> q = em.createQuery("SELECT DISTINCT " + String.join(", ", select) + ", c.id FROM " + filter.from
                    + filter.where + " ORDER BY " + String.join(", ", order), Object[].class);
            filter.params.forEach(q::setParameter);
            List<String> ids = new ArrayList<>();
            for (Object[] row : q.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()) {
                ids.add((String) row[row.length - 1]);
            }
            rows = byIds(ids);
        } else {
            TypedQuery<ContactEntity> q = em.createQuery("SELECT c FROM " + filter.from + filter.where + " ORDER BY "
                    + String.join(", ", order), ContactEntity.class);
            filter.params.forEach(q::setParameter);
            rows = q.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        }
        return rows;
    }

    /** Contacts with these ids, in the order of the ids. */
    private List<ContactEntity> byIds(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, ContactEntity> found = new HashMap<>();
        for (ContactEntity c : em.createQuery("SELECT c FROM ContactEntity c WHERE c.id IN :ids", ContactEntity.class)
                .setParameter("ids", ids).getResultList()) {
            found.put(c.getId(), c);
        }
        List<ContactEntity> ordered = new ArrayList<>(ids.size());
        for (String id : ids) {
            if (found.containsKey(id)) {
                ordered.add(found.get(id));
            }
        }
        return ordered;
    }

    long count(ContactQuery query) {
        Filter filter = filter(query);
        return filter == null ? 0 : count(filter);
    }

    private long count(Filter filter) {
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(" + (filter.distinct ? "DISTINCT c.id" : "c") + ") FROM " + filter.from
                + filter.where, Long.class);
        filter.params.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /** FROM and WHERE of a query with their parameters; null when the query can match nothing. */
    private Filter filter(ContactQuery query) {
        List<String> from = new ArrayList<>();
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        boolean distinct = false;
        boolean dense = false;
        if (query.kind() != null) {
            clauses.add("c.kind = :kind");
            params.put("kind", query.kind().name());
        }
        if (query.status() != null) {
            clauses.add("c.status = :status");
            params.put("status", query.status().name());
        }
        if (query.responsible() != null && !query.responsible().isBlank()) {
            // a join from the login's index, like the tag below
            from.add("ResponsibleEntity rs");
            clauses.add("rs.contactId = c.id AND rs.login = :responsible");
            params.put("responsible", query.responsible().strip());
            distinct = true; // one member may be responsible in two lines
        }
        if (query.tag() != null && !query.tag().isBlank()) {
            // a join, not "c.id IN (subquery)": the database then starts from the tag's index instead of probing every contact
            from.add("TagEntity t");
            clauses.add("t.contactId = c.id AND t.tag = :tag");
            params.put("tag", query.tag().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
        }
        SearchText text = SearchText.parse(query.text());
        switch (text.mode()) {
            case WORDS:
                String leading = leadingWord(text.words());
                if (leading.length() == 1) {
                    // one letter would match a third of all words; it means "names starting with", read in name order
                    clauses.add("c.nameLower LIKE :prefix");
                    params.put("prefix", leading + "%");
                } else {
                    from.add("WordEntity w");
                    clauses.add("w.contactId = c.id AND w.word LIKE :prefix");
                    params.put("prefix", leading + "%");
                    distinct = true;
                    dense = hasMatches(leading, DENSE_MATCHES);
                }
                int i = 0;
                for (String word : text.words()) {
                    if (!word.equals(leading)) {
                        clauses.add("c.searchWords LIKE :w" + i);
                        params.put("w" + i, "% " + word + "%");
                        i++;
                    }
                }
                break;
            case EXACT:
                Set<String> ids = exactMatches(text);
                if (ids.isEmpty()) {
                    return null;
                }
                clauses.add("c.id IN :ids");
                params.put("ids", new ArrayList<>(ids));
                break;
            default:
                break;
        }
        from.add("ContactEntity c");
        return new Filter(String.join(", ", from), clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses),
                params, distinct, dense);
    }

    /** Whether at least {@code n} words start with the prefix: one row read at the n-th entry of the word index. */
    private boolean hasMatches(String prefix, int n) {
        return !em.createQuery("SELECT w.contactId FROM WordEntity w WHERE w.word LIKE :p", String.class)
                .setParameter("p", prefix + "%").setFirstResult(n - 1).setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * The word that reaches the fewest candidates through the word index:
     * each word's matches are counted up to {@link #PROBE_LIMIT}, and among
     * equally common words the longest wins.
     */
    private String leadingWord(List<String> words) {
        String best = words.get(0);
        if (words.size() == 1) {
            return best;
        }
        int bestCount = Integer.MAX_VALUE;
        for (String word : words) {
            int count = word.length() == 1 ? Integer.MAX_VALUE
                    : em.createQuery("SELECT w.contactId FROM WordEntity w WHERE w.word LIKE :p", String.class)
                            .setParameter("p", word + "%").setMaxResults(PROBE_LIMIT).getResultList().size();
            if (count < bestCount || count == bestCount && word.length() > best.length()) {
                best = word;
                bestCount = count;
            }
        }
        return best;
    }

    private Set<String> exactMatches(SearchText text) {
        Set<String> ids = new LinkedHashSet<>();
        if (text.email() != null) {
            ids.addAll(ids("SELECT e.contactId FROM EmailEntity e WHERE e.email = :v", text.email()));
        }
        if (text.phone() != null) {
            ids.addAll(ids("SELECT p.contactId FROM PhoneEntity p WHERE p.e164 = :v", text.phone()));
        }
        if (text.inn() != null) {
            ids.addAll(ids("SELECT c.id FROM ContactEntity c WHERE c.inn = :v", text.inn()));
        }
        if (text.ogrn() != null) {
            ids.addAll(ids("SELECT c.id FROM ContactEntity c WHERE c.ogrn = :v", text.ogrn()));
        }
        if (text.innPrefix() != null) {
            String end = SearchText.innPrefixEnd(text.innPrefix());
            // a range, not LIKE: PostgreSQL reads a B-tree for LIKE 'x%' only under the C collation
            // (every digit string from an all-nines prefix on starts with it, so that one needs no end)
            TypedQuery<String> q = em.createQuery("SELECT c.id FROM ContactEntity c WHERE c.inn >= :v"
                    + (end == null ? "" : " AND c.inn < :end"), String.class).setParameter("v", text.innPrefix());
            if (end != null) {
                q.setParameter("end", end);
            }
            ids.addAll(q.setMaxResults(MAX_EXACT_MATCHES).getResultList());
        }
        return ids;
    }

    private List<String> ids(String jpql, String value) {
        return em.createQuery(jpql, String.class).setParameter("v", value).setMaxResults(MAX_EXACT_MATCHES).getResultList();
    }

    private record Filter(String from, String where, Map<String, Object> params, boolean distinct, boolean dense) {
    }

    /** Other contacts sharing a phone or an e-mail with the given (normalised) ones. */
    List<DuplicateHint> duplicates(List<String> phones, List<String> emails, String except) {
        List<Object[]> matches = new ArrayList<>();
        if (!phones.isEmpty()) {
            matches.addAll(pairs("SELECT p.contactId, p.e164 FROM PhoneEntity p WHERE p.e164 IN :v", phones, "phone"));
        }
        if (!emails.isEmpty()) {
            matches.addAll(pairs("SELECT e.contactId, e.email FROM EmailEntity e WHERE e.email IN :v", emails, "email"));
        }
        matches.removeIf(m -> m[0].equals(except));
        if (matches.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = new HashMap<>();
        List<String> ids = matches.stream().map(m -> (String) m[0]).distinct().toList();
        for (Object[] row : em.createQuery("SELECT c.id, c.name FROM ContactEntity c WHERE c.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            names.put((String) row[0], (String) row[1]);
        }
        Set<DuplicateHint> hints = new LinkedHashSet<>();
        for (Object[] m : matches) {
            hints.add(new DuplicateHint(ContactId.parse((String) m[0]), names.get(m[0]), (String) m[2], (String) m[1]));
        }
        return new ArrayList<>(hints);
    }

    private List<Object[]> pairs(String jpql, List<String> values, String matchedBy) {
        List<Object[]> result = new ArrayList<>();
        for (Object[] row : em.createQuery(jpql, Object[].class).setParameter("v", values).setMaxResults(MAX_HINTS).getResultList()) {
            result.add(new Object[] {row[0], row[1], matchedBy});
        }
        return result;
    }

    // --- relations --------------------------------------------------------------------------------------------

    /** Relations on either side; two indexed lookups rather than one OR that a database may answer with a scan. */
    List<RelationEntity> relationRows(String contactId) {
        Map<String, RelationEntity> rows = new LinkedHashMap<>();
        for (String column : List.of("fromId", "toId")) {
            for (RelationEntity r : em.createQuery("SELECT r FROM RelationEntity r WHERE r." + column + " = :id ORDER BY r.createdAt, r.id",
                    RelationEntity.class).setParameter("id", contactId).getResultList()) {
                rows.put(r.getId(), r);
            }
        }
        return new ArrayList<>(rows.values());
    }

    RelationEntity relation(String fromId, RelationType type, String toId) {
        List<RelationEntity> rows = em.createQuery("SELECT r FROM RelationEntity r WHERE r.fromId = :f AND r.type = :t AND r.toId = :to",
                        RelationEntity.class)
                .setParameter("f", fromId).setParameter("t", type.name()).setParameter("to", toId).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    RelationEntity relation(UUID id) {
        return em.find(RelationEntity.class, id.toString());
    }

    static Relation relation(RelationEntity r) {
        return new Relation(UUID.fromString(r.getId()), ContactId.parse(r.getFromId()), RelationType.valueOf(r.getType()),
                ContactId.parse(r.getToId()), r.getJobTitle());
    }
}
