package io.pitstop.core.jpa;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.transaction.TransactionManager;
import org.junit.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

public class ServiceRegistryManagedRuntimeTest {
    /** The service registry as far as the runtime reads it: one transaction manager or none, and the use count. */
    private final AtomicReference<TransactionManager> registered = new AtomicReference<>();
    private final AtomicInteger inUse = new AtomicInteger();
    private final ServiceReference<?> reference = proxy(ServiceReference.class, (name, args) -> null);
    private final BundleContext registry = proxy(BundleContext.class, (name, args) -> switch (name) {
        case "getServiceReference" -> {
            assertEquals(TransactionManager.class, args[0]);
            yield registered.get() == null ? null : reference;
        }
        case "getService" -> {
            inUse.incrementAndGet();
            yield registered.get();
        }
        case "ungetService" -> inUse.decrementAndGet() >= 0;
        default -> throw new UnsupportedOperationException(name);
    });

    /**
     * The restart race: the unit was built (and its template handed out) before any transaction manager was
     * known to OpenJPA; one registered afterwards is found without any listener having told the runtime.
     */
    @Test
    public void findsTheTransactionManagerRegisteredAfterTheRuntimeWasMade() throws Exception {
        ServiceRegistryManagedRuntime runtime = new ServiceRegistryManagedRuntime(() -> registry);
        TransactionManager manager = proxy(TransactionManager.class, (name, args) -> null);
        registered.set(manager);
        assertSame(manager, runtime.getTransactionManager());
        assertEquals("each call gives back what it took", 0, inUse.get());
    }

    /** A transaction manager replaced in the registry is never used after it went. */
    @Test
    public void asksTheRegistryEachTime() throws Exception {
        ServiceRegistryManagedRuntime runtime = new ServiceRegistryManagedRuntime(() -> registry);
        TransactionManager first = proxy(TransactionManager.class, (name, args) -> null);
        TransactionManager second = proxy(TransactionManager.class, (name, args) -> null);
        registered.set(first);
        assertSame(first, runtime.getTransactionManager());
        registered.set(second);
        assertSame(second, runtime.getTransactionManager());
    }

    @Test
    public void withoutTransactionManagerItSaysSo() {
        try {
            new ServiceRegistryManagedRuntime(() -> registry).getTransactionManager();
            fail("no transaction manager is registered");
        } catch (IllegalStateException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("javax.transaction.TransactionManager"));
        }
    }

    private interface Answer {
        Object answer(String method, Object[] args);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Answer answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (self, method, args) -> switch (method.getName()) {
            case "hashCode" -> System.identityHashCode(self);
            case "equals" -> self == args[0];
            case "toString" -> type.getSimpleName();
            default -> answer.answer(method.getName(), args);
        });
    }
}
