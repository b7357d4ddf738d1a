package io.pitstop.bench.ui;

import io.pitstop.contacts.api.ContactRules;
import io.pitstop.contacts.impl.TestContacts;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * A million contacts written with COPY into the tables the real migrations
 * made: Russian persons (70 %), companies and sole proprietors with valid
 * INN/KPP/OGRN, mobile phones, e-mails, a "vip" tag, and personal accounts
 * for a fifth of the contacts. Search columns (name_lower, search_words,
 * contact_word) come from the contacts bundle's own key functions, so the
 * rows are what the service would have written. Secondary indexes and
 * foreign keys are dropped for the load and recreated from their own
 * definitions afterwards, as a bulk import would do; the schema ends up
 * exactly as migrated. Deterministic for a given seed.
 */
final class ContactsData {
    private static final String[] MALE_LAST = {"Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов",
        "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов",
        "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв",
        "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов", "Александров",
        "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин", "Максимов", "Поляков", "Сорокин", "Виноградов", "Ковалёв",
        "Белов", "Медведев", "Антонов", "Тарасов", "Жуков", "Баранов", "Филиппов", "Комаров", "Давыдов", "Беляев",
        "Герасимов", "Богданов", "Осипов", "Сидоров", "Матвеев", "Титов", "Марков", "Миронов", "Крылов", "Куликов",
        "Карпов", "Власов", "Мельников", "Денисов", "Гаврилов", "Тихонов", "Казаков", "Афанасьев", "Данилов",
        "Савельев", "Тимофеев", "Фомин", "Чернов", "Абрамов", "Мартынов", "Ефимов", "Федотов", "Щербаков", "Назаров",
        "Калинин", "Исаев", "Чернышёв", "Быков", "Маслов", "Родионов", "Коновалов", "Лазарев", "Воронин", "Климов",
        "Филатов", "Пономарёв", "Голубев", "Кудрявцев", "Прохоров", "Наумов", "Потапов", "Журавлёв", "Овчинников",
        "Трофимов", "Леонов", "Соболев", "Ермаков", "Колесников", "Гончаров", "Емельянов", "Никифоров", "Грачёв",
        "Котов", "Гришин", "Ефремов", "Архипов", "Громов", "Кириллов", "Малышев", "Панов", "Моисеев", "Румянцев",
        "Акимов", "Кондратьев", "Бирюков", "Горбунов", "Анисимов", "Ерёмин", "Тихомиров", "Галкин", "Лукьянов",
        "Михеев", "Скворцов", "Юдин", "Белоусов", "Нестеров", "Симонов", "Прокофьев", "Харитонов", "Князев"};
    private static final String[] MALE_FIRST = {"Александр", "Сергей", "Дмитрий", "Андрей", "Алексей", "Максим", "Евгений",
        "Иван", "Михаил", "Артём", "Николай", "Владимир", "Игорь", "Олег", "Павел", "Роман", "Юрий", "Виктор", "Денис",
        "Антон", "Константин", "Пётр", "Илья", "Никита", "Кирилл", "Егор", "Василий", "Григорий", "Фёдор", "Тимофей"};
    private static final String[] FEMALE_FIRST = {"Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Анна", "Светлана",
        "Мария", "Екатерина", "Юлия", "Марина", "Анастасия", "Людмила", "Галина", "Дарья", "Алёна", "Ксения", "Надежда",
        "Валентина", "Оксана", "Виктория", "Полина", "Вера", "Любовь", "Софья", "Алина", "Елизавета", "Кристина",
        "Лариса", "Нина"};
    private static final String[] PATRONYMIC_STEMS = {"Александров", "Сергеев", "Дмитриев", "Андреев", "Алексеев",
        "Максимов", "Евгеньев", "Иванов", "Михайлов", "Николаев", "Владимиров", "Игорев", "Олегов", "Павлов", "Романов",
        "Юрьев", "Викторов", "Петров", "Васильев", "Григорьев", "Фёдоров", "Борисов", "Анатольев", "Геннадьев"};
    private static final String[] ORG_FORMS = {"ООО", "ООО", "ООО", "ООО", "АО", "ПАО", "ЗАО"};
    private static final String[] ORG_FIRST = {"Ромашка", "Вектор", "Альфа", "Северная", "Сибирская", "Уральская",
        "Волжская", "Балтийская", "Центральная", "Восток", "Запад", "Гранит", "Меридиан", "Горизонт", "Прогресс",
        "Созвездие", "Лидер", "Стандарт", "Профи", "Мегаполис", "Атлант", "Феникс", "Импульс", "Эталон", "Надёжная",
        "Первая", "Новая", "Главная", "Региональная", "Столичная", "Невская", "Донская", "Кубанская", "Камская",
        "Ладога", "Тайга", "Байкал", "Алтай", "Енисей", "Полюс"};
    private static final String[] ORG_SECOND = {"Строй", "Торг", "Логистика", "Технологии", "Сервис", "Энерго",
        "Транс", "Агро", "Инвест", "Консалтинг", "Медиа", "Фарм", "Металл", "Нефть", "Телеком", "Девелопмент",
        "Снаб", "Пром", "Маркет", "Групп", "Авто", "Лес", "Хим", "Софт", "Трейд", "Компания", "Мебель", "Продукт"};
    private static final String[] MAIL_DOMAINS = {"mail.ru", "yandex.ru", "gmail.com", "bk.ru", "inbox.ru", "list.ru", "rambler.ru"};
    private static final String[] CITIES = {"г. Москва", "г. Санкт-Петербург", "г. Новосибирск", "г. Екатеринбург",
        "г. Казань", "г. Нижний Новгород", "г. Самара", "г. Ростов-на-Дону", "г. Краснодар", "г. Пермь"};
    private static final String[] STREETS = {"ул. Ленина", "ул. Гагарина", "пр. Мира", "ул. Садовая", "ул. Советская",
        "ул. Лесная", "ул. Школьная", "наб. Реки Мойки", "ул. Тверская", "ул. Пушкина"};
    private static final String TRANSLIT_FROM = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";
    private static final String[] TRANSLIT_TO = {"a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m",
        "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"};
    private static final String[] TABLES = {"contact", "contact_word", "contact_phone", "contact_email", "contact_address",
        "contact_tag", "account"};

    /** Values of active contacts that the measurements search for, spread over the table (ids are random). */
    record Samples(List<String> phones, List<String> emails, List<String> inns, List<String> accountNumbers) {
        static Samples of(DataSource pool, int n) throws SQLException {
            String active = " JOIN contact c ON c.id = x.contact_id WHERE c.status = 'ACTIVE' AND x.pos = 0 ORDER BY x.contact_id LIMIT ";
            return new Samples(column(pool, "SELECT x.e164 FROM contact_phone x" + active + n),
                    column(pool, "SELECT x.email FROM contact_email x" + active + n),
                    column(pool, "SELECT inn FROM contact WHERE status = 'ACTIVE' AND inn IS NOT NULL ORDER BY id LIMIT " + n),
                    column(pool, "SELECT number FROM account WHERE status = 'ACTIVE' ORDER BY id LIMIT " + n));
        }

        private static List<String> column(DataSource pool, String sql) throws SQLException {
            List<String> values = new ArrayList<>();
            try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }

    private final Random random;
    private final int contacts;
    private long innSequence;
    private long accountSequence;

    ContactsData(int contacts, long seed) {
        this.contacts = contacts;
        this.random = new Random(seed);
    }

    /** Loads the contacts; returns the rows written per table. */
    Map<String, Long> load(DataSource pool) throws SQLException, IOException {
        long start = System.nanoTime();
        Map<String, Long> rows = new LinkedHashMap<>();
        List<String> recreate = new ArrayList<>();
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            dropForLoad(s, recreate);
        }
        List<Connection> connections = new ArrayList<>();
        Map<String, Copy> copies = new LinkedHashMap<>();
        try {
            for (String table : TABLES) {
                Connection c = pool.getConnection();
                connections.add(c);
                copies.put(table, new Copy(c, table));
            }
            for (int i = 0; i < contacts; i++) {
                contact(copies, i);
            }
            for (Map.Entry<String, Copy> e : copies.entrySet()) {
                rows.put(e.getKey(), e.getValue().close());
            }
        } finally {
            for (Connection c : connections) {
                c.close();
            }
        }
        System.err.printf("copied %,d contacts in %.1f s; rebuilding indexes%n", contacts, (System.nanoTime() - start) / 1e9);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET maintenance_work_mem = '256MB'");
            for (String ddl : recreate) {
                s.execute(ddl);
            }
            // what autovacuum does on a live server: statistics for the planner, visibility for index-only counts
            for (String table : TABLES) {
                s.execute("VACUUM ANALYZE " + table);
            }
        }
        return rows;
    }

    /** Drops foreign keys, unique constraints and secondary indexes of the loaded tables, remembering how to make them again. */
    private static void dropForLoad(Statement s, List<String> recreate) throws SQLException {
        String tables = "('" + String.join("', '", TABLES) + "')";
        List<String> drops = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT conrelid::regclass, conname, pg_get_constraintdef(oid) FROM pg_constraint "
                + "WHERE contype IN ('f', 'u') AND conrelid::regclass::text IN " + tables)) {
            while (rs.next()) {
                drops.add("ALTER TABLE " + rs.getString(1) + " DROP CONSTRAINT " + rs.getString(2));
                keys.add("ALTER TABLE " + rs.getString(1) + " ADD CONSTRAINT " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        try (ResultSet rs = s.executeQuery("SELECT i.indexrelid::regclass, pg_get_indexdef(i.indexrelid) FROM pg_index i "
                + "WHERE NOT i.indisprimary AND i.indrelid::regclass::text IN " + tables
                + " AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)")) {
            while (rs.next()) {
                drops.add("DROP INDEX " + rs.getString(1));
                indexes.add(rs.getString(2));
            }
        }
        for (String ddl : drops) {
            s.execute(ddl);
        }
        recreate.addAll(indexes);
        recreate.addAll(keys);
    }

    private void contact(Map<String, Copy> copies, int i) throws IOException {
        String id = new UUID(random.nextLong(), random.nextLong()).toString();
        double kindDraw = random.nextDouble();
        boolean person = kindDraw < 0.70;
        boolean soleProprietor = !person && kindDraw < 0.78;
        String name;
        String inn = null;
        String kpp = null;
        String ogrn = null;
        String last = null;
        String first = null;
        String middle = null;
        LocalDate birth = null;
        String mailbox;
        if (person || soleProprietor) {
            boolean male = random.nextBoolean();
            String stem = skewed(MALE_LAST);
            last = male ? stem : stem + "а";
            first = male ? pick(MALE_FIRST) : pick(FEMALE_FIRST);
            String p = pick(PATRONYMIC_STEMS);
            middle = male ? p + "ич" : p + "на";
            mailbox = translit(last) + "." + translit(first).charAt(0) + (1 + random.nextInt(9999));
            if (person) {
                name = last + " " + first + " " + middle;
                birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(54 * 365));
                inn = random.nextDouble() < 0.3 ? personInn() : null;
            } else {
                name = "ИП " + last + " " + first + " " + middle;
                inn = personInn();
                ogrn = ogrn("3" + digits(13));
                last = null;
                first = null;
                middle = null;
            }
        } else {
            String brand = pick(ORG_FIRST) + (random.nextBoolean() ? "-" + pick(ORG_SECOND) : " " + pick(ORG_SECOND));
            name = pick(ORG_FORMS) + " «" + brand + "»";
            inn = companyInn();
            kpp = inn.substring(0, 4) + "01001";
            ogrn = ogrn("1" + digits(11));
            mailbox = "info@" + translit(brand).replaceAll("[^a-z0-9]+", "-") + "-" + (i % 9973) + ".ru";
        }
        boolean archived = random.nextDouble() < 0.05;
        LocalDateTime created = LocalDateTime.of(2020, 1, 1, 0, 0).plusSeconds(random.nextInt(6 * 365 * 86400));
        copies.get("contact").row(id, person ? "PERSON" : "ORGANIZATION", name, TestContacts.nameKey(name),
                TestContacts.searchWords(name), inn, kpp, ogrn, last, first, middle, birth == null ? null : birth.toString(),
                null, archived ? "ARCHIVED" : "ACTIVE", created.toString().replace('T', ' '), created.toString().replace('T', ' '), "0");
        int pos = 0;
        for (String word : TestContacts.words(name)) {
            copies.get("contact_word").row(id, Integer.toString(pos++), word);
        }
        String mobile = "+79" + digits(9);
        copies.get("contact_phone").row(id, "0", mobile);
        if (random.nextDouble() < 0.2) {
            copies.get("contact_phone").row(id, "1", "+7495" + digits(7));
        }
        String email = null;
        if (!person && !soleProprietor) {
            email = mailbox;
        } else if (random.nextBoolean()) {
            email = mailbox + "@" + pick(MAIL_DOMAINS);
        }
        if (email != null) {
            copies.get("contact_email").row(id, "0", email);
        }
        if (!person) {
            copies.get("contact_address").row(id, "0", "LEGAL", pick(CITIES) + ", " + pick(STREETS) + ", д. " + (1 + random.nextInt(150)));
        }
        if (random.nextDouble() < 0.024) {
            copies.get("contact_tag").row(id, "0", "vip");
        }
        int accounts = random.nextDouble() < 0.2 ? (random.nextDouble() < 0.05 ? 2 : 1) : 0;
        for (int a = 0; a < accounts; a++) {
            // the default pattern 4200{yy}{seq:10}
            String number = String.format("4200%02d%010d", created.getYear() % 100, ++accountSequence);
            copies.get("account").row(new UUID(random.nextLong(), random.nextLong()).toString(), number, id, "RUB",
                    archived ? "SUSPENDED" : "ACTIVE", "0.00", "0.00", "Europe/Moscow",
                    created.toString().replace('T', ' '), created.toString().replace('T', ' '), "0");
        }
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Common surnames are common: the first of the list is drawn about 15 times as often as the last. */
    private String skewed(String[] values) {
        double r = random.nextDouble();
        return values[(int) (values.length * r * r)];
    }

    private String digits(int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int k = 0; k < n; k++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }

    /** A 10-digit INN of a company: region, a running number (so INNs stay unique, as the service demands), check digit. */
    private String companyInn() {
        String body = String.format("%02d%07d", 1 + random.nextInt(92), ++innSequence);
        return valid(control(body, new int[] {2, 4, 10, 3, 5, 9, 4, 6, 8}));
    }

    /** A 12-digit INN of a person or sole proprietor. */
    private String personInn() {
        String body = String.format("%02d%08d", 1 + random.nextInt(92), ++innSequence);
        String eleven = control(body, new int[] {7, 2, 4, 10, 3, 5, 9, 4, 6, 8});
        return valid(control(eleven, new int[] {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8}));
    }

    /** The digits followed by their INN control digit. */
    private static String control(String digits, int[] weights) {
        int sum = 0;
        for (int k = 0; k < weights.length; k++) {
            sum += weights[k] * (digits.charAt(k) - '0');
        }
        return digits + sum % 11 % 10;
    }

    /** The service's own check, so that a generator slip fails the load instead of skewing the figures. */
    private static String valid(String inn) {
        if (!ContactRules.isValidInn(inn)) {
            throw new IllegalStateException("generated an invalid INN " + inn);
        }
        return inn;
    }

    /** OGRN (12 digits, modulo 11) or OGRNIP (14 digits, modulo 13) followed by its check digit. */
    private static String ogrn(String body) {
        BigInteger modulus = BigInteger.valueOf(body.length() == 12 ? 11 : 13);
        String full = body + new BigInteger(body).mod(modulus).mod(BigInteger.TEN);
        if (!ContactRules.isValidOgrn(full)) {
            throw new IllegalStateException("generated an invalid OGRN " + full);
        }
        return full;
    }

    private static String translit(String text) {
        StringBuilder sb = new StringBuilder();
        for (char ch : text.toLowerCase(Locale.ROOT).toCharArray()) {
            int k = TRANSLIT_FROM.indexOf(ch);
            if (k >= 0) {
                sb.append(TRANSLIT_TO[k]);
            } else {
                sb.append(ch);
            }
        }
        return sb.toString();
    }

    /** One table's COPY in text format over its own connection. */
    private static final class Copy {
        private final OutputStream out;
        private final StringBuilder line = new StringBuilder();
        private long rows;

        Copy(Connection c, String table) throws IOException {
            try {
                String columns = switch (table) {
                    case "contact" -> "id, kind, name, name_lower, search_words, inn, kpp, ogrn, last_name, first_name, middle_name, "
                            + "birth_date, note, status, created_at, updated_at, version";
                    case "contact_address" -> "contact_id, pos, kind, address_text";
                    case "contact_word" -> "contact_id, pos, word";
                    case "contact_phone" -> "contact_id, pos, e164";
                    case "contact_email" -> "contact_id, pos, email";
                    case "contact_tag" -> "contact_id, pos, tag";
                    case "account" -> "id, number, owner_id, currency, status, credit_limit, critical_balance, time_zone, "
                            + "created_at, updated_at, version";
                    default -> throw new IllegalArgumentException(table);
                };
                out = new PGCopyOutputStream(c.unwrap(PGConnection.class), "COPY " + table + " (" + columns + ") FROM STDIN", 1 << 16);
            } catch (SQLException e) {
                throw new IOException(e);
            }
        }

        void row(String... values) throws IOException {
            line.setLength(0);
            for (int k = 0; k < values.length; k++) {
                if (k > 0) {
                    line.append('\t');
                }
                String v = values[k];
                if (v == null) {
                    line.append("\\N");
                } else {
                    for (int j = 0; j < v.length(); j++) {
                        char ch = v.charAt(j);
                        switch (ch) {
                            case '\\' -> line.append("\\\\");
                            case '\t' -> line.append("\\t");
                            case '\n' -> line.append("\\n");
                            default -> line.append(ch);
                        }
                    }
                }
            }
            line.append('\n');
            out.write(line.toString().getBytes(StandardCharsets.UTF_8));
            rows++;
        }

        long close() throws IOException {
            out.close();
            return rows;
        }
    }
}
