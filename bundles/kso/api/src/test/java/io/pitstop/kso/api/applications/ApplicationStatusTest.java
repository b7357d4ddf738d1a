package io.pitstop.kso.api.applications;

import static io.pitstop.kso.api.applications.ApplicationStatus.APPROVED;
import static io.pitstop.kso.api.applications.ApplicationStatus.DECLINED;
import static io.pitstop.kso.api.applications.ApplicationStatus.DOCUMENTS;
import static io.pitstop.kso.api.applications.ApplicationStatus.DRAFT;
import static io.pitstop.kso.api.applications.ApplicationStatus.ISSUED;
import static io.pitstop.kso.api.applications.ApplicationStatus.OFFER_CONFIRMED;
import static io.pitstop.kso.api.applications.ApplicationStatus.QUESTIONNAIRE;
import static io.pitstop.kso.api.applications.ApplicationStatus.SENT;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.Test;

public class ApplicationStatusTest {
    @Test
    public void theSeedsStagesLeadToTheIssueOneStepAtATime() {
        List<ApplicationStatus> path = List.of(DRAFT, QUESTIONNAIRE, DOCUMENTS, SENT, APPROVED, OFFER_CONFIRMED, ISSUED);
        for (int i = 0; i + 1 < path.size(); i++) {
            assertTrue(path.get(i) + " → " + path.get(i + 1), path.get(i).canMoveTo(path.get(i + 1)));
        }
    }

    @Test
    public void noStageIsSkipped() {
        assertFalse(DRAFT.canMoveTo(SENT));
        assertFalse(DRAFT.canMoveTo(ISSUED));
        assertFalse(QUESTIONNAIRE.canMoveTo(SENT));
        assertFalse(DOCUMENTS.canMoveTo(APPROVED));
        assertFalse(SENT.canMoveTo(OFFER_CONFIRMED));
        assertFalse(APPROVED.canMoveTo(ISSUED));
    }

    @Test
    public void stagesBeforeSendingStepBackOnceSentOnlyTheBankMovesIt() {
        assertTrue(QUESTIONNAIRE.canMoveTo(DRAFT));
        assertTrue(DOCUMENTS.canMoveTo(QUESTIONNAIRE));
        assertEquals(EnumSet.of(APPROVED, DECLINED), SENT.next());
        assertFalse(SENT.canMoveTo(DOCUMENTS));
    }

    @Test
    public void issuedAndDeclinedAreFinal() {
        for (ApplicationStatus s : ApplicationStatus.values()) {
            assertFalse(ISSUED.canMoveTo(s));
            assertFalse(DECLINED.canMoveTo(s));
        }
    }

    @Test
    public void everyStatusButTheFirstCanBeReachedAndNoneMovesToItself() {
        List<ApplicationStatus> reached = new ArrayList<>();
        for (ApplicationStatus s : ApplicationStatus.values()) {
            assertFalse(s.canMoveTo(s));
            reached.addAll(s.next());
        }
        for (ApplicationStatus s : ApplicationStatus.values()) {
            assertTrue(s + " is reachable", s == DRAFT || reached.contains(s) || s == DRAFT);
        }
        assertTrue(APPROVED.isDecision() && DECLINED.isDecision() && !SENT.isDecision());
        assertEquals("offer_confirmed", OFFER_CONFIRMED.code());
    }
}
