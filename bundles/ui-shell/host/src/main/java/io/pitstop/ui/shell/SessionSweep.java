package io.pitstop.ui.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.Authenticator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends the open pages of a member disabled (or whose password or roles changed) since signing in, without waiting
 * for their next step: every few seconds each open UI's member is asked of {@link Authenticator#mayContinue}, and a
 * refused one is signed out and pushed to the login page. A server-side sweep rather than a poll from the browser,
 * because a poll is a request that keeps an idle session alive forever.
 */
final class SessionSweep {
    private static final Logger LOG = LoggerFactory.getLogger(SessionSweep.class);
    /** Seconds between two sweeps (30 by default: a disabled member is out within a minute); tests use a short one. */
    static final String INTERVAL_PROPERTY = "pitstop.ui.sessionCheckSeconds";
    static final int DEFAULT_SECONDS = 30;

    private final Set<UI> open = ConcurrentHashMap.newKeySet();
    private final Supplier<Optional<Authenticator>> authenticator;
    private ScheduledExecutorService timer;

    SessionSweep(Supplier<Optional<Authenticator>> authenticator) {
        this.authenticator = authenticator;
    }

    static int intervalSeconds() {
        Integer seconds = Integer.getInteger(INTERVAL_PROPERTY);
        return seconds == null || seconds < 1 ? DEFAULT_SECONDS : seconds;
    }

    synchronized void start() {
        int seconds = intervalSeconds();
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pitstop-ui-session-sweep");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::sweepSafely, seconds, seconds, TimeUnit.SECONDS);
        LOG.info("Open staff UI pages are checked every {} s for members no longer allowed", seconds);
    }

    /** One round; a failure is logged and the next round still comes (a thrown one would cancel the schedule). */
    private void sweepSafely() {
        try {
            sweep();
        } catch (RuntimeException | Error e) {
            LOG.warn("The session sweep failed this round; the next one follows", e);
        }
    }

    synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        open.clear();
    }

    /** Follows a UI until it is detached (tab closed, session ended). */
    void follow(UI ui) {
        open.add(ui);
        ui.addDetachListener(e -> open.remove(ui));
    }

    void sweep() {
        Optional<Authenticator> auth = authenticator.get();
        if (auth.isEmpty()) {
            return;
        }
        // one directory read per member and sweep, however many tabs they have open
        Map<String, Boolean> allowed = new ConcurrentHashMap<>();
        // the member is signed out of the session once, by its first page seen; the session's other pages (another
        // tab, the login page still open) find no member then, and go by this
        Map<VaadinSession, String> ended = new ConcurrentHashMap<>();
        for (UI ui : open) {
            if (ui.isClosing()) {
                open.remove(ui);
                continue;
            }
            try {
                ui.access(() -> {
                    VaadinSession session = ui.getSession();
                    Actor actor = session.getAttribute(Actor.class);
                    if (actor != null && !allowed.computeIfAbsent(actor.name(), auth.get()::mayContinue)) {
                        session.setAttribute(Actor.class, null);
                        ended.put(session, actor.name());
                    }
                    String refused = ended.get(session);
                    if (refused != null) {
                        ui.navigate(LoginView.class);
                        LOG.info("Sent an open page of {} to the login page: no longer allowed to continue", refused);
                    }
                });
            } catch (RuntimeException e) {
                // a UI detached between the check and the access; the next sweep no longer sees it
                LOG.debug("Session sweep skipped a UI: {}", e.toString());
                open.remove(ui);
            }
        }
    }
}
