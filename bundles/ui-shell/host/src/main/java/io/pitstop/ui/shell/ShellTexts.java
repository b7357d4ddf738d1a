package io.pitstop.ui.shell;

import io.pitstop.ui.api.Texts;

/** The shell's own strings: {@code io/pitstop/ui/shell/messages*.properties}. */
public final class ShellTexts {
    public static final Texts TEXTS = Texts.of(ShellTexts.class, "io.pitstop.ui.shell.messages");

    private ShellTexts() {
    }

    public static String t(String key, Object... args) {
        return TEXTS.get(key, args);
    }
}
