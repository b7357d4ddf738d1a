package io.pitstop.core.jpa;

import java.util.function.Supplier;
import javax.transaction.TransactionManager;
import org.apache.openjpa.ee.AbstractManagedRuntime;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * OpenJPA's {@code openjpa.ManagedRuntime} for every Pitstop persistence unit: the transaction manager is asked of
 * the OSGi service registry each time OpenJPA needs it.
 *
 * <p>OpenJPA's own {@code OSGiManagedRuntime} keeps it in a static field that its bundle's service listener fills.
 * Aries JPA tracks the transaction manager with a listener of its own and registers a unit's {@code JpaTemplate} as
 * soon as it hears of it; when Aries is told first (after a restart it often is), every component waiting for the
 * template activates on that same thread while OpenJPA still has no transaction manager, and one that does database
 * work in activate failed with "No javax.transaction.TransactionManager service is currently registered". A DS
 * reference to the transaction manager cannot order two framework listeners; asking the registry can: the template
 * exists only once the service does. A stopped transaction manager is gone from the registry at once, so nothing
 * stale is ever used either.
 */
public class ServiceRegistryManagedRuntime extends AbstractManagedRuntime {
    private static final String TRANSACTION_MANAGER = TransactionManager.class.getName();

    private final Supplier<BundleContext> context;

    /** As OpenJPA creates it, by class name: the registry seen through the bundle this class lives in (OpenJPA's). */
    public ServiceRegistryManagedRuntime() {
        this(() -> {
            Bundle bundle = FrameworkUtil.getBundle(ServiceRegistryManagedRuntime.class);
            BundleContext context = bundle == null ? null : bundle.getBundleContext();
            if (context == null) {
                throw new IllegalStateException("OpenJPA's bundle is not active: no service registry to find the "
                        + TRANSACTION_MANAGER + " in");
            }
            return context;
        });
    }

    ServiceRegistryManagedRuntime(Supplier<BundleContext> context) {
        this.context = context;
    }

    @Override
    public TransactionManager getTransactionManager() {
        BundleContext registry = context.get();
        ServiceReference<TransactionManager> reference = registry.getServiceReference(TransactionManager.class);
        TransactionManager manager = reference == null ? null : registry.getService(reference);
        if (manager == null) {
            throw new IllegalStateException("No " + TRANSACTION_MANAGER + " service is registered");
        }
        // the service is a singleton that outlives this call; holding a use count per call would only leak it
        registry.ungetService(reference);
        return manager;
    }

    @Override
    public void setRollbackOnly(Throwable cause) throws Exception {
        // JTA has no place for the cause; the caller logs or rethrows it
        getTransactionManager().getTransaction().setRollbackOnly();
    }

    @Override
    public Throwable getRollbackCause() {
        return null;
    }
}
