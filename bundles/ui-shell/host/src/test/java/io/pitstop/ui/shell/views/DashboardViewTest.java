package io.pitstop.ui.shell.views;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class DashboardViewTest {
    @Test
    public void aCounterIsReadAgainForItsTopicsAsEventAdminMatchesThem() {
        assertTrue(DashboardView.matches("pitstop/ledger/POSTED", "pitstop/ledger/POSTED"));
        assertTrue(DashboardView.matches("pitstop/contacts/*", "pitstop/contacts/CREATED"));
        assertTrue(DashboardView.matches("pitstop/contacts/*", "pitstop/contacts/sub/CREATED"));
        assertFalse(DashboardView.matches("pitstop/contacts/*", "pitstop/contactsX/CREATED"));
        assertFalse(DashboardView.matches("pitstop/ledger/POSTED", "pitstop/ledger/REVERSED"));
        assertFalse(DashboardView.matches("pitstop/contacts/*", "pitstop/contacts"));
    }
}
