package io.pitstop.attachments.ui;

import io.pitstop.ui.api.Texts;

/** The files tab's strings, Russian and English. */
final class FilesTexts {
    static final Texts TEXTS = Texts.of(FilesTexts.class, "io.pitstop.attachments.ui.messages");

    private FilesTexts() {
    }
}
