package io.pitstop.contacts.impl;

import io.pitstop.contacts.api.ContactService;
import io.pitstop.core.api.SchemaMigrations;
import java.util.List;
import javax.sql.DataSource;
import org.apache.aries.jpa.template.JpaTemplate;

/**
 * The contact service outside OSGi on any database, and the search keys it
 * writes, for measurements that load rows in bulk (bench/ui). Constructors
 * and keys are package-private in the bundle; this is their one public door.
 */
public final class TestContacts {
    private TestContacts() {
    }

    /** A JPA template for {@code unit} with local transactions on the pool. */
    public static JpaTemplate jpa(String unit, DataSource pool) {
        return new LocalJpaTemplate(unit, pool);
    }

    /** The service as the container builds it, with recorders for audit and events; runs the contacts migrations. */
    public static ContactService service(JpaTemplate jpa, SchemaMigrations migrations) {
        return new ContactServiceImpl(jpa, new Recorders.Audit(), new Recorders.Events(), migrations, List.of());
    }

    /** {@code contact.name_lower} of a name. */
    public static String nameKey(String name) {
        return SearchKeys.key(name);
    }

    /** The rows of {@code contact_word} of a name, in position order. */
    public static List<String> words(String name) {
        return SearchKeys.words(name);
    }

    /** {@code contact.search_words} of a name. */
    public static String searchWords(String name) {
        return SearchKeys.joined(SearchKeys.words(name));
    }
}
