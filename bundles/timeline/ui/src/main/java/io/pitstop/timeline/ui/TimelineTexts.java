package io.pitstop.timeline.ui;

import io.pitstop.ui.api.Texts;

/** The timeline UI's strings, Russian and English. */
final class TimelineTexts {
    static final Texts TEXTS = Texts.of(TimelineTexts.class, "io.pitstop.timeline.ui.messages");

    private TimelineTexts() {
    }

    static String t(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
