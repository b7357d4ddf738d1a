package io.pitstop.demo;

import io.pitstop.core.api.Actor;
import io.pitstop.documents.api.BankAccount;
import io.pitstop.documents.api.LegalEntityDraft;
import io.pitstop.documents.api.LegalEntityService;
import io.pitstop.documents.api.Signatory;
import io.pitstop.documents.api.VatMode;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seed 001's two legal entities of ours: the company that issues invoices under subscription contracts (the
 * default) and the sole proprietor Matveev who issues them under service contracts. Written once, when there is
 * no entity yet.
 */
@Component(immediate = true)
public class DemoLegalEntities {
    private static final Logger LOG = LoggerFactory.getLogger(DemoLegalEntities.class);
    private static final Actor DEMO = Actor.system("demo-data");

    @Reference
    private LegalEntityService entities;

    @Activate
    void activate() {
        if (!entities.list(DEMO).isEmpty()) {
            return;
        }
        LOG.info("No legal entity of ours yet: adding the demo ones");
        entities.create(DEMO, new LegalEntityDraft("Общество с ограниченной ответственностью «Автотрэкер»", "ООО «Автотрэкер»",
                "5406123450", "540601001", "1025401234561", "630060, г. Новосибирск, ул. Зелёная Горка, д. 1, корп. 1",
                "630060, г. Новосибирск, а/я 15",
                List.of(new BankAccount("40702810200470918965", "ФИЛИАЛ «СЕВЕРО-ЗАПАДНЫЙ» БАНКА ВТБ (ПАО)", "044030832",
                        "30101810940300000832")),
                new Signatory("Матвеев Андрей Сергеевич", "Генеральный директор", "Устав"),
                new Signatory("Афон Ирина Викторовна", "Главный бухгалтер", "Приказ № 3 от 10.01.2022"),
                VatMode.VAT_22, true, 2024, null, null));
        entities.create(DEMO, new LegalEntityDraft("Индивидуальный предприниматель Матвеев Андрей Сергеевич", "ИП Матвеев",
                "540612345667", null, "318547600123450", "630099, г. Новосибирск, ул. Ленина, д. 12, кв. 4", null,
                List.of(new BankAccount("40702810502080001823", "АО «АЛЬФА-БАНК»", "044525593", "30101810200000000593")),
                new Signatory("Матвеев Андрей Сергеевич", "Индивидуальный предприниматель",
                        "Свидетельство ОГРНИП 318547600123450"), null, VatMode.NONE, false, 2024, null, null));
    }
}
