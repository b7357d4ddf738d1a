package io.pitstop.core.api;

/**
 * Runs a bundle's ordered SQL migrations once per database. Scripts are
 * resources {@code <folder>/V<number>__<what>.sql}; a script may have a
 * dialect twin {@code V<number>__<what>.postgresql.sql} or {@code .derby.sql}
 * for the rare statement the two databases spell differently.
 */
public interface SchemaMigrations {
    /**
     * Applies the module's pending scripts in version order, each in its own
     * transaction, and fails loudly if an applied script was changed since.
     *
     * @param module  schema owner, e.g. {@code contacts}
     * @param loader  class loader that sees the scripts
     * @param folder  resource folder, e.g. {@code db/contacts}
     * @param scripts script file names in the folder (bundles cannot list
     *                folders portably, so each module names its own)
     */
    void migrate(String module, ClassLoader loader, String folder, java.util.List<String> scripts);
}
