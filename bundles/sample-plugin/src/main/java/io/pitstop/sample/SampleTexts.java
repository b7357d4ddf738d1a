package io.pitstop.sample;

import io.pitstop.ui.api.Texts;

/** The sample plugin's strings, Russian and English. */
final class SampleTexts {
    static final Texts TEXTS = Texts.of(SampleTexts.class, "io.pitstop.sample.messages");

    private SampleTexts() {
    }
}
