package io.pitstop.kso.api;

import java.util.List;

/**
 * What a programme file did: rows that made new programmes, rows that changed existing ones, rows that repeated an
 * id of an earlier row of the same file (the later row wins, so the file reads top to bottom like a list of edits),
 * and every row refused, with its line (the header is line 1) and why.
 */
public record ImportReport(int imported, int updated, List<Repeat> repeated, List<Problem> problems) {
    public ImportReport {
        repeated = List.copyOf(repeated);
        problems = List.copyOf(problems);
    }

    /** Line {@code line} repeated the id of line {@code earlierLine} and replaced what that line gave. */
    public record Repeat(int line, int earlierLine, String code) {
    }

    /** Line {@code line} was refused: {@code field} (a column) and the reason. */
    public record Problem(int line, String field, String reason) {
    }
}
