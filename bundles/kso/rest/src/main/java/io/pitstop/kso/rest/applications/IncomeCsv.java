package io.pitstop.kso.rest.applications;

import io.pitstop.kso.api.applications.DealIncome;
import io.pitstop.kso.api.applications.ManagerIncome;

/**
 * RFC 4180 CSV of a month's income: one row per manager (kind {@code manager}), then one per deal (kind {@code deal}),
 * amounts as plain decimals so that any spreadsheet sums them.
 */
final class IncomeCsv {
    private IncomeCsv() {
    }

    static String render(RewardsResource.Income income) {
        StringBuilder csv = new StringBuilder("kind,month,manager,deals,application,bank,issued_at,product_rewards,"
                + "programme_rewards,total\r\n");
        for (ManagerIncome m : income.managers()) {
            row(csv, "manager", income.month(), m.manager(), Integer.toString(m.deals()), "", "", "",
                    m.productRewards().toPlainString(), m.programmeRewards().toPlainString(), m.total().toPlainString());
        }
        for (DealIncome d : income.deals()) {
            row(csv, "deal", income.month(), d.manager(), "1", d.applicationId().toString(), d.bank(),
                    d.issuedAt().toString(), d.productRewards().toPlainString(), d.programmeReward().toPlainString(),
                    d.total().toPlainString());
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quote(cells[i]));
        }
        csv.append("\r\n");
    }

    /** Quotes a cell when it must be; a leading =, +, - or @ is defused so a spreadsheet does not run it. */
    static String quote(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        String text = cell;
        if ("=+-@".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
