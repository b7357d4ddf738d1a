package io.pitstop.ui.shell;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;

/** Services for unit tests of which only the named methods work. */
public final class Fakes {
    private Fakes() {
    }

    /** A service of which only the named methods work. */
    @SuppressWarnings("unchecked")
    public static <T> T fake(Class<T> type, Map<String, Function<Object[], Object>> methods) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            switch (method.getName()) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "toString":
                    return type.getSimpleName();
                default:
                    break;
            }
            Function<Object[], Object> m = methods.get(method.getName());
            if (m == null) {
                throw new UnsupportedOperationException(method.getName());
            }
            return m.apply(args);
        });
    }
}
