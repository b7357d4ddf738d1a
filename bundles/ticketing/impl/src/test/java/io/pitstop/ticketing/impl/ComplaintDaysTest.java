package io.pitstop.ticketing.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.Test;

/**
 * Rows of seed 004's complaints journal, printed on 20.12.2017: ID, request date, close-by date, «Дней», answer date.
 * Left out: the rows whose counters stop on a day other than the answer date the journal prints (403, 404, 407, 408,
 * 400, 393: their counters end on an earlier first answer the printout does not show) and 389, printed without counters.
 */
public class ComplaintDaysTest {
    private static final DateTimeFormatter D = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final LocalDate PRINTED = LocalDate.of(2017, 12, 20);
    private static final String[][] ROWS = {
            {"414", "20.12.2017", "23.12.2017", "0 3", ""},
            {"412", "18.12.2017", "21.12.2017", "0 3", "18.12.2017"},
            {"411", "18.12.2017", "21.12.2017", "2 1", ""},
            {"409", "16.12.2017", "19.12.2017", "2 1", "18.12.2017"},
            {"406", "14.12.2017", "17.12.2017", "1 2", "15.12.2017"},
            {"405", "14.12.2017", "17.12.2017", "1 2", "15.12.2017"},
            {"402", "13.12.2017", "16.12.2017", "6 3", "19.12.2017"},
            {"401", "12.12.2017", "15.12.2017", "7 4", "19.12.2017"},
            {"398", "08.12.2017", "11.12.2017", "5 2", "13.12.2017"},
            {"397", "08.12.2017", "11.12.2017", "12 9", ""},
            {"396", "07.12.2017", "10.12.2017", "1 2", "08.12.2017"},
            {"395", "07.12.2017", "10.12.2017", "4 1", "11.12.2017"},
            {"394", "07.12.2017", "10.12.2017", "1 2", "08.12.2017"},
            {"392", "06.12.2017", "09.12.2017", "8 5", "14.12.2017"},
            {"391", "05.12.2017", "08.12.2017", "1 2", "06.12.2017"},
            {"390", "05.12.2017", "08.12.2017", "0 3", "05.12.2017"},
            {"388", "04.12.2017", "07.12.2017", "10 7", "14.12.2017"},
    };

    @Test
    public void theSeedsRowsCountAsTheJournalShows() {
        for (String[] row : ROWS) {
            LocalDate requested = LocalDate.parse(row[1], D);
            assertEquals(row[0], LocalDate.parse(row[2], D), ComplaintDays.closeBy(requested));
            LocalDate answered = row[4].isEmpty() ? null : LocalDate.parse(row[4], D);
            assertEquals(row[0], row[3], ComplaintDays.counters(requested, answered, false, PRINTED).shown());
        }
    }

    @Test
    public void pastTheDateTheSecondNumberIsDaysOverdue() {
        // 397, still open on 20.12.2017: 12 days in work, 9 past its 11.12.2017
        ComplaintDays.Counters c = ComplaintDays.counters(LocalDate.of(2017, 12, 8), null, false, PRINTED);
        assertEquals(true, c.overdue());
        // 411 on the same day: one day left
        assertEquals(false, ComplaintDays.counters(LocalDate.of(2017, 12, 18), null, false, PRINTED).overdue());
    }

    @Test
    public void anAnnulledItemShowsNoCounters() {
        // 410: «Аннулирован», printed without counters
        assertNull(ComplaintDays.counters(LocalDate.of(2017, 12, 16), null, true, PRINTED));
    }
}
