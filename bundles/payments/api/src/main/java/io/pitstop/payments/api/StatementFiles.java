package io.pitstop.payments.api;

/**
 * The statement files already read, by a key of their content, in the database that every server shares: a file
 * dropped twice, or seen by two servers at once, is read once. Camel's idempotent repository of the statement route
 * is built on it.
 */
public interface StatementFiles {
    /** Claims the key; false when it was claimed already (by this server or another). */
    boolean claim(String key);

    boolean contains(String key);

    /** Gives a claim back (the file failed and may be read again). */
    void release(String key);
}
