package io.pitstop.tasks.impl;

import io.pitstop.accounts.api.AccountId;
import io.pitstop.accounts.api.AccountService;
import io.pitstop.core.api.NotFoundException;
import io.pitstop.core.api.RecordResolver;
import java.util.UUID;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The {@code account} records tasks may link to. Registered here, so that the accounts bundle knows nothing of
 * tasks; a plugin registers a {@link RecordResolver} for its own records the same way.
 */
@Component(service = RecordResolver.class)
public class AccountRecords implements RecordResolver {
    @Reference
    private AccountService accounts;

    @Override
    public String type() {
        return AccountId.TYPE;
    }

    @Override
    public boolean exists(UUID id) {
        try {
            accounts.get(new AccountId(id));
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
