package io.pitstop.payments.impl.statement;

/** A file that is no statement at all (empty, binary, neither format): nothing in it can be imported. */
public final class UnreadableStatement extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnreadableStatement(String reason) {
        super(reason);
    }
}
