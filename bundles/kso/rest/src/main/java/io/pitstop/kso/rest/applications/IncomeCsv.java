package io.pitstop.kso.rest.applications;

import io.pitstop.core.rest.CsvRows;
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
        CsvRows csv = new CsvRows("kind", "month", "manager", "deals", "application", "bank", "issued_at", "product_rewards",
                "programme_rewards", "total");
        for (ManagerIncome m : income.managers()) {
            csv.row("manager", income.month(), m.manager(), Integer.toString(m.deals()), "", "", "",
                    m.productRewards().toPlainString(), m.programmeRewards().toPlainString(), m.total().toPlainString());
        }
        for (DealIncome d : income.deals()) {
            csv.row("deal", income.month(), d.manager(), "1", d.applicationId().toString(), d.bank(),
                    d.issuedAt().toString(), d.productRewards().toPlainString(), d.programmeReward().toPlainString(),
                    d.total().toPlainString());
        }
        return csv.toString();
    }
}
