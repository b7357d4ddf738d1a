package io.pitstop.itests;

import io.pitstop.core.api.DeadLetters;
import javax.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * {@link CoreSuite} on the default embedded Derby, plus the Camel checks ({@link CamelChecks}): they test the
 * integration examples, not the database, so they share this server instead of booting one of their own.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CoreDerbyIT extends CoreSuite {
    @Inject
    private FeaturesService features;

    @Inject
    private DeadLetters deadLetters;

    @Configuration
    public Option[] config() {
        return PitstopTestSupport.distribution(CamelChecks.options());
    }

    private CamelContext camel() throws Exception {
        return CamelChecks.camel(features, bundleContext);
    }

    // ---------------------------------------------------------------- camel (Derby only)

    @Test
    public void camelHttpExampleDeadLettersAFailureAndReprocessesItOnceTheFarEndWorks() throws Exception {
        CamelChecks.httpExampleDeadLettersAFailureAndReprocessesItOnceTheFarEndWorks(http, camel(), deadLetters);
    }

    @Test
    public void camelMailExampleSendsThroughSmtpAndTakesMailFromImap() throws Exception {
        CamelChecks.mailExampleSendsThroughSmtpAndTakesMailFromImap(http, camel(), deadLetters);
    }

    @Test
    public void camelTimerAndMasterExamplesRunScheduledWorkOnOneServer() throws Exception {
        CamelChecks.timerAndMasterExamplesRunScheduledWorkOnOneServer(http, camel());
    }

    @Test
    public void camelXmlRouteInDeployImportsCsvAndDeadLettersBadRows() throws Exception {
        camel();
        CamelChecks.xmlRouteInDeployImportsCsvAndDeadLettersBadRows(contacts, deadLetters);
    }

    @Test
    public void camelComponentPostsPaymentsIdempotentlyWithRoleChecks() throws Exception {
        CamelChecks.componentPostsPaymentsIdempotentlyWithRoleChecks(http, camel());
    }

    @Test
    public void camelRoutesCreateTasksThroughAContributedOperationAndDeadLetterWhatFails() throws Exception {
        CamelChecks.routesCreateTasksThroughAContributedOperationAndDeadLetterWhatFails(http, camel(), deadLetters);
    }
}
