package io.pitstop.itests;

import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** {@link CoreSuite} on PostgreSQL. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CorePostgresIT extends CoreSuite {
    @Configuration
    public Option[] config() {
        return PitstopTestSupport.distribution(PostgresSupport.datasource());
    }
}
