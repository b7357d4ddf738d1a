package io.pitstop.bench;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/** The parts of a benchmark's JSON document that do not depend on what it measures. */
public final class Report {
    private Report() {
    }

    /**
     * Cores, memory, OS, JDK and the PostgreSQL version, plus the given
     * server settings as {@code postgresql<Setting>} ({@code synchronous_commit}
     * becomes {@code postgresqlSynchronousCommit}).
     */
    public static Map<String, Object> machine(DataSource pool, String... settings) throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cores", Runtime.getRuntime().availableProcessors());
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean) {
            m.put("memoryMiB", ((com.sun.management.OperatingSystemMXBean) os).getTotalMemorySize() / (1024 * 1024));
        }
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        m.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        StringBuilder sql = new StringBuilder("SELECT version()");
        for (String setting : settings) {
            sql.append(", current_setting('").append(setting).append("')");
        }
        try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql.toString())) {
            rs.next();
            m.put("postgresql", rs.getString(1));
            for (int i = 0; i < settings.length; i++) {
                m.put("postgresql" + camelCase(settings[i]), rs.getString(i + 2));
            }
        }
        return m;
    }

    private static String camelCase(String setting) {
        StringBuilder sb = new StringBuilder();
        for (String part : setting.split("_")) {
            sb.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return sb.toString();
    }

    /** Enough JSON for maps, strings, numbers and booleans. */
    public static String json(Object value) {
        return json(value, "");
    }

    private static String json(Object value, String indent) {
        if (value instanceof Map<?, ?>) {
            StringBuilder s = new StringBuilder("{\n");
            String inner = indent + "  ";
            int i = 0;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                s.append(inner).append(quote(e.getKey().toString())).append(": ").append(json(e.getValue(), inner));
                s.append(++i < ((Map<?, ?>) value).size() ? ",\n" : "\n");
            }
            return s.append(indent).append('}').toString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return quote(String.valueOf(value));
    }

    private static String quote(String s) {
        StringBuilder q = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                default -> {
                    if (ch < 0x20) {
                        q.append(String.format("\\u%04x", (int) ch));
                    } else {
                        q.append(ch);
                    }
                }
            }
        }
        return q.append('"').toString();
    }
}
