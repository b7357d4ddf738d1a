package io.pitstop.payments.camel;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** {@code etc/io.pitstop.payments.statements.cfg}: the folder the bank's statements are dropped into. */
@ObjectClassDefinition(name = "Pitstop payments: statement folder", description = "Where bank statements are dropped for import")
public @interface StatementSettings {
    /** The PID of the file. */
    String PID = "io.pitstop.payments.statements";

    @AttributeDefinition(description = "Folder read for statement files (1C exchange or CSV); read files move to .done "
            + "inside it; empty: data/payments/statements under the server's folder")
    String folder() default "";

    @AttributeDefinition(description = "Milliseconds between looks into the folder")
    long delayMillis() default 5000;
}
