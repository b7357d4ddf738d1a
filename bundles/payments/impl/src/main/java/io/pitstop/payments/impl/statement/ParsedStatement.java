package io.pitstop.payments.impl.statement;

import io.pitstop.payments.api.StatementReport.LineNote;
import java.util.List;
import java.util.Set;

/**
 * A statement read: its format ({@code 1c} or {@code csv}), the charset it was read in, our settlement accounts it
 * names (1C's {@code РасчСчет}: a document paid from one of them is outgoing), the good documents, the refused ones
 * and notes on the file as a whole (a missing {@code КонецФайла}, a header naming another charset).
 */
public record ParsedStatement(String format, String charset, Set<String> ourAccounts, List<BankDocument> documents,
                              List<LineNote> rejected, List<LineNote> notes) {
    public ParsedStatement {
        ourAccounts = Set.copyOf(ourAccounts);
        documents = List.copyOf(documents);
        rejected = List.copyOf(rejected);
        notes = List.copyOf(notes);
    }

    /** Documents read, good and refused. */
    public int read() {
        return documents.size() + rejected.size();
    }
}
