package io.pitstop.ui.api;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Notices for a signed-in member that the shell shows on every page, whatever view is open (a task's reminder, a
 * plugin's alert). A bundle registers one as a service; the shell's layout listens while a page of the member is
 * open and shows each notice as a {@link Ui#notice} in that page.
 */
@ConsumerType
public interface NoticeSource {
    /**
     * One notice.
     *
     * @param key  the notice's stable key, the element's {@code data-key} (e.g. {@code task.reminder})
     * @param text the text, asked inside the page's UI so that it reads in the member's language
     */
    record Notice(String key, Supplier<String> text) {
    }

    /**
     * Starts telling {@code page} the notices meant for {@code login} (from any thread); the answer stops it and is
     * run when the page closes.
     */
    Runnable listen(String login, Consumer<Notice> page);
}
