package io.pitstop.core.impl.staff;

import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.ValidationException;
import io.pitstop.core.api.staff.StaffAdministration;
import io.pitstop.core.api.staff.StaffDraft;
import io.pitstop.core.impl.security.PasswordHash;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The rules of staff data that need no database: forms of logins, e-mails,
 * extensions, group codes, languages and time zones, and the password rule.
 * Every broken rule is collected, so one answer names every wrong field.
 */
final class StaffRules {
    static final int LOGIN_MAX = 60;
    static final int TEXT_MAX = 200;
    static final String DEFAULT_LANGUAGE = "ru";
    static final String DEFAULT_TIME_ZONE = "Europe/Moscow";
    /** The same form the tasks bundle accepts for an assignee, so every member can be assigned work. */
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0," + (LOGIN_MAX - 1) + "}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern EXTENSION = Pattern.compile("[0-9]{1,10}");
    private static final Pattern GROUP_CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");
    private static final Set<String> LANGUAGES = Set.of("ru", "en");

    private final List<FieldError> errors = new ArrayList<>();

    static boolean loginForm(String login) {
        return login != null && LOGIN.matcher(login).matches();
    }

    StaffRules login(String login) {
        if (login == null || login.isEmpty()) {
            errors.add(new FieldError("login", "is required"));
        } else if (!loginForm(login)) {
            errors.add(new FieldError("login", "must be a login: letters, digits, '.', '_', '@' or '-', at most {0} characters"
                    .replace("{0}", Integer.toString(LOGIN_MAX))));
        }
        return this;
    }

    /** Checks a draft against the roles and groups that exist now. */
    StaffRules draft(StaffDraft draft, Set<String> knownRoles, Set<String> knownGroups) {
        if (draft == null) {
            errors.add(new FieldError("body", "is required"));
            return this;
        }
        text("fullName", draft.fullName(), true);
        text("position", draft.position(), false);
        if (present(draft.email()) && (draft.email().length() > TEXT_MAX || !EMAIL.matcher(draft.email()).matches())) {
            errors.add(new FieldError("email", "must be an e-mail address such as name@example.com"));
        }
        if (present(draft.extension()) && !EXTENSION.matcher(draft.extension()).matches()) {
            errors.add(new FieldError("extension", "must be 1 to 10 digits"));
        }
        unknown("roles", draft.roles(), knownRoles);
        unknown("groups", draft.groups(), knownGroups);
        if (present(draft.language()) && !LANGUAGES.contains(draft.language())) {
            errors.add(new FieldError("language", "must be one of en, ru"));
        }
        if (present(draft.timeZone())) {
            try {
                ZoneId.of(draft.timeZone());
            } catch (DateTimeException e) {
                errors.add(new FieldError("timeZone", "must be a time zone such as Europe/Moscow"));
            }
        }
        return this;
    }

    StaffRules password(char[] password) {
        if (password == null || password.length == 0) {
            errors.add(new FieldError("password", "is required"));
        } else if (!PasswordHash.acceptable(password)) {
            errors.add(new FieldError("password", "must not contain control characters"));
        } else if (password.length < StaffAdministration.PASSWORD_MIN_LENGTH) {
            errors.add(new FieldError("password", "must be at least {0} characters"
                    .replace("{0}", Integer.toString(StaffAdministration.PASSWORD_MIN_LENGTH))));
        } else if (password.length > TEXT_MAX) {
            // a long password only makes every login of this member slow to check
            errors.add(new FieldError("password", "must be at most 200 characters"));
        }
        return this;
    }

    StaffRules groupCode(String code) {
        if (code == null || code.isEmpty()) {
            errors.add(new FieldError("code", "is required"));
        } else if (!GROUP_CODE.matcher(code).matches()) {
            errors.add(new FieldError("code", "must be 2 to 40 lower-case letters, digits or dashes, starting with a letter"));
        }
        return this;
    }

    /** A refusal found by the caller (a login that is no member, say), reported with the others. */
    StaffRules fail(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    StaffRules text(String field, String value, boolean required) {
        if (!present(value)) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
        } else if (value.length() > TEXT_MAX) {
            errors.add(new FieldError(field, "must be at most 200 characters"));
        }
        return this;
    }

    StaffRules add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private void unknown(String field, Set<String> given, Set<String> known) {
        Set<String> missing = new TreeSet<>(given);
        missing.removeAll(known);
        if (!missing.isEmpty()) {
            errors.add(new FieldError(field, "unknown: " + String.join(", ", missing)));
        }
    }

    static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    static String language(String tag) {
        return present(tag) ? tag.toLowerCase(Locale.ROOT) : DEFAULT_LANGUAGE;
    }

    static String timeZone(String zone) {
        return present(zone) ? zone : DEFAULT_TIME_ZONE;
    }
}
