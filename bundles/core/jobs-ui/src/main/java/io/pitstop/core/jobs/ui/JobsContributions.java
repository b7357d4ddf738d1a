package io.pitstop.core.jobs.ui;

import com.vaadin.flow.component.Component;
import io.pitstop.core.api.Actor;
import io.pitstop.core.api.jobs.JobStatus;
import io.pitstop.core.api.jobs.Jobs;
import io.pitstop.ui.api.DashboardArea;
import io.pitstop.ui.api.DashboardCounter;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.ViewContribution;
import java.util.Set;
import org.osgi.service.component.annotations.Reference;

/** The jobs page and the dashboard counters of running and failed runs, for administrators, while {@link Jobs} runs. */
final class JobsContributions {
    static final Texts TEXTS = Texts.of(JobsContributions.class, "io.pitstop.core.jobs.ui.messages");
    static final Set<String> ROLES = Set.of(Actor.ADMIN);

    private JobsContributions() {
    }

    abstract static class Base implements io.pitstop.ui.api.Contribution {
        @Reference
        Jobs jobs;

        @Override
        public Texts texts() {
            return TEXTS;
        }

        @Override
        public Set<String> requiredRoles() {
            return ROLES;
        }
    }

    /** The page at {@code /jobs}. */
    @org.osgi.service.component.annotations.Component(service = ViewContribution.class)
    public static class Page extends Base implements ViewContribution {
        @Override
        public String route() {
            return JobsView.ROUTE;
        }

        @Override
        public Class<? extends Component> viewClass() {
            return JobsView.class;
        }

        @Override
        public Component createView() {
            return new JobsView(jobs);
        }

        @Override
        public String labelKey() {
            return "menu.jobs";
        }

        @Override
        public String icon() {
            return "COGS";
        }

        @Override
        public int order() {
            return 90;
        }
    }

    abstract static class Counter extends Base implements DashboardCounter {
        abstract JobStatus status();

        @Override
        public String id() {
            return "jobs-" + status().name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public String area() {
            return DashboardArea.OTHER;
        }

        @Override
        public Value value(Actor actor) {
            return Value.of(jobs.count(status()));
        }

        @Override
        public String link() {
            return JobsView.ROUTE + "?status=" + status().name();
        }
    }

    /** Runs going on now. */
    @org.osgi.service.component.annotations.Component(service = DashboardCounter.class)
    public static class Running extends Counter {
        @Override
        JobStatus status() {
            return JobStatus.RUNNING;
        }

        @Override
        public String labelKey() {
            return "counter.running";
        }
    }

    /** Runs that failed: resume them or read why. */
    @org.osgi.service.component.annotations.Component(service = DashboardCounter.class)
    public static class Failed extends Counter {
        @Override
        JobStatus status() {
            return JobStatus.FAILED;
        }

        @Override
        public String labelKey() {
            return "counter.failed";
        }
    }
}
