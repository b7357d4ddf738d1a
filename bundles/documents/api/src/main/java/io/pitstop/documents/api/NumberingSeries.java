package io.pitstop.documents.api;

/**
 * A numbering series (серия нумерации): numbers run per issuing entity and prefix, from 1, either anew each
 * calendar year of the document's date ({@link Reset#YEARLY}: {@code СЧ-2026-1}) or for ever
 * ({@link Reset#RUNNING}: {@code А-1}).
 */
public record NumberingSeries(String prefix, Reset reset) {
    /** When the counter starts again from 1. */
    public enum Reset { YEARLY, RUNNING }
}
