package io.pitstop.payments.impl.statement;

import io.pitstop.payments.api.StatementReport.LineNote;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 1C's bank exchange text format (1CClientBankExchange, versions 1.02 and 1.03): a header of {@code key=value} lines,
 * account sections ({@code СекцияРасчСчет … КонецРасчСчет}) naming our settlement accounts, one
 * {@code СекцияДокумент=<kind> … КонецДокумента} per payment, {@code КонецФайла}. Each document stands alone: one
 * that is damaged, cut short or inside an unknown section is refused with its first line, the others are read.
 */
final class ClientBankExchange {
    static final String HEADER = "1CClientBankExchange";
    private static final String DOCUMENT = "СекцияДокумент=";
    private static final String DOCUMENT_END = "КонецДокумента";
    private static final String ACCOUNT_SECTION = "СекцияРасчСчет";
    private static final String ACCOUNT_END = "КонецРасчСчет";
    private static final String FILE_END = "КонецФайла";

    private ClientBankExchange() {
    }

    static ParsedStatement parse(String text, String charset) {
        List<BankDocument> documents = new ArrayList<>();
        List<LineNote> rejected = new ArrayList<>();
        List<LineNote> notes = new ArrayList<>();
        Set<String> ours = new HashSet<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        int docLine = 0;
        String kind = null;
        Map<String, String> fields = null;
        String repeated = null;
        String skipping = null;
        int skipLine = 0;
        boolean inAccounts = false;
        boolean ended = false;
        for (int i = 1; i < lines.length; i++) {
            int n = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (ended) {
                notes.add(new LineNote(n, "text after КонецФайла is ignored"));
                break;
            }
            if (skipping != null) {
                if (line.startsWith("Конец")) {
                    skipping = null;
                }
                continue;
            }
            if (fields != null) {
                if (line.equals(DOCUMENT_END)) {
                    if (repeated != null) {
                        rejected.add(new LineNote(docLine, "the field " + repeated + " is given twice"));
                    } else {
                        try {
                            documents.add(DocumentRules.document(docLine, kind, fields));
                        } catch (DocumentRules.Refused r) {
                            rejected.add(new LineNote(docLine, r.getMessage()));
                        }
                    }
                    fields = null;
                    continue;
                }
                if (line.startsWith("Секция") || line.equals(FILE_END)) {
                    rejected.add(new LineNote(docLine, "the document has no " + DOCUMENT_END + " (cut short)"));
                    fields = null;
                    // fall through: the line starts what comes next
                } else {
                    int eq = line.indexOf('=');
                    if (eq <= 0) {
                        repeated = repeated == null ? "«" + line + "» (no key=value)" : repeated;
                        continue;
                    }
                    String key = line.substring(0, eq).strip();
                    if (fields.put(key, line.substring(eq + 1)) != null && repeated == null) {
                        repeated = key;
                    }
                    continue;
                }
            }
            if (inAccounts) {
                if (line.equals(ACCOUNT_END)) {
                    inAccounts = false;
                } else if (line.startsWith("РасчСчет=")) {
                    ours.add(line.substring("РасчСчет=".length()).strip());
                }
                continue;
            }
            if (line.startsWith(DOCUMENT)) {
                kind = line.substring(DOCUMENT.length()).strip();
                fields = new LinkedHashMap<>();
                repeated = null;
                docLine = n;
            } else if (line.equals(ACCOUNT_SECTION)) {
                inAccounts = true;
            } else if (line.equals(FILE_END)) {
                ended = true;
            } else if (line.startsWith("Секция")) {
                rejected.add(new LineNote(n, "unknown section «" + line + "» skipped"));
                skipping = line;
                skipLine = n;
            } else if (line.startsWith("РасчСчет=")) {
                ours.add(line.substring("РасчСчет=".length()).strip());
            } else if (line.startsWith("Кодировка=")) {
                String declared = line.substring("Кодировка=".length()).strip();
                boolean agrees = declared.equalsIgnoreCase("Windows") ? charset.equals("windows-1251")
                        : declared.equalsIgnoreCase("DOS") ? charset.equals("IBM866") : false;
                if (!agrees) {
                    notes.add(new LineNote(n, "the header says " + declared + " but the file is in " + charset + "; read as " + charset));
                }
            }
        }
        if (fields != null) {
            rejected.add(new LineNote(docLine, "the file ends inside the document (cut short)"));
        }
        if (skipping != null) {
            notes.add(new LineNote(skipLine, "the file ends inside the unknown section"));
        }
        if (!ended) {
            notes.add(new LineNote(lines.length, "the file has no " + FILE_END + ": it may be cut short"));
        }
        return new ParsedStatement("1c", charset, ours, documents, rejected, notes);
    }
}
