package io.pitstop.shell;

import io.pitstop.ledger.api.Ledger;
import io.pitstop.ledger.api.VerifyResult;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

/** Recomputes every hash and balance of the journal. */
@Service
@Command(scope = "pitstop", name = "ledger-verify", description = "Check the journal for tampering: hashes, chains and balances")
public class LedgerVerify implements Action {
    @Reference
    private Ledger ledger;

    @Override
    public Object execute() {
        VerifyResult r = ledger.verify();
        System.out.printf("%s: %d transactions, %d entries checked%n", r.intact() ? "INTACT" : "TAMPERED",
                r.transactionsChecked(), r.entriesChecked());
        r.problems().forEach(p -> System.out.println("  - " + p));
        return r.intact() ? null : "ledger verification failed";
    }
}
