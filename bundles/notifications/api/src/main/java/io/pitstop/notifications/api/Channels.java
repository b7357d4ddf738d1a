package io.pitstop.notifications.api;

import java.util.List;

/** The channel ids Pitstop ships (способ оповещения); a plugin's channel brings its own id. */
public final class Channels {
    public static final String EMAIL = "email";
    public static final String SMS = "sms";
    /** A notice in the staff UI: the recipient is a login. */
    public static final String IN_APP = "inapp";
    public static final List<String> CORE = List.of(EMAIL, SMS, IN_APP);

    private Channels() {
    }
}
