package io.pitstop.payments.camel;

import io.pitstop.payments.api.StatementFiles;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * Camel's idempotent repository over {@link StatementFiles}: the keys live in the database every server shares, so a
 * statement dropped twice, or taken by two servers watching one folder, is read once. Camel's memory or file
 * repositories would forget on restart and know nothing of the other servers.
 */
final class SharedFileRepository extends ServiceSupport implements IdempotentRepository {
    private final StatementFiles files;

    SharedFileRepository(StatementFiles files) {
        this.files = files;
    }

    @Override
    public boolean add(String key) {
        return files.claim(key);
    }

    @Override
    public boolean contains(String key) {
        return files.contains(key);
    }

    @Override
    public boolean remove(String key) {
        files.release(key);
        return true;
    }

    @Override
    public boolean confirm(String key) {
        return true;
    }

    /** Never from a route: forgetting every statement would let the next drop of an old file be read again. */
    @Override
    public void clear() {
        throw new UnsupportedOperationException("the statement files taken are never cleared");
    }
}
