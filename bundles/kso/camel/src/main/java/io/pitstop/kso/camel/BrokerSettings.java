package io.pitstop.kso.camel;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/io.pitstop.kso.broker.cfg}: where the broker takes applications, and how hard to try. */
@ObjectClassDefinition(name = "Pitstop KSO broker", description = "The credit broker's HTTP endpoint (E-Credit in the seed)")
public @interface BrokerSettings {
    /** The PID of the file. */
    String PID = "io.pitstop.kso.broker";

    @AttributeDefinition(description = "URL applications are POSTed to as JSON; empty: nothing can be sent (each "
            + "application goes to the dead-letter store saying so)")
    String url() default "";

    @AttributeDefinition(description = "HTTP Basic user at the broker; empty: no credentials are sent")
    String user() default "";

    /**
     * {@code .password} in the file: a property whose name starts with a dot stays private to the component instead of
     * becoming a property of its service, which every bundle may read.
     */
    @AttributeDefinition(type = AttributeType.PASSWORD, description = "HTTP Basic password at the broker")
    String _password() default "";

    @AttributeDefinition(description = "Further attempts after a failed one before the application is a dead letter")
    int maximumRedeliveries() default 5;

    @AttributeDefinition(description = "Milliseconds between attempts")
    long redeliveryDelayMillis() default 2000;

    @AttributeDefinition(description = "Seconds one attempt may take")
    int timeoutSeconds() default 20;
}
