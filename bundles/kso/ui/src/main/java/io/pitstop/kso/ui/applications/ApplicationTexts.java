package io.pitstop.kso.ui.applications;

import io.pitstop.ui.api.Texts;

/** The texts of the credit applications tab and the rewards card (Russian default, English beside it). */
final class ApplicationTexts {
    static final Texts TEXTS = Texts.of(ApplicationTexts.class, "io.pitstop.kso.ui.applications.messages");

    private ApplicationTexts() {
    }
}
