package io.pitstop.core.rest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text field of a request body as free text (a note, a reason, a memo): it may span lines, so tab, CR and
 * LF are accepted there. Every other text of a body is one line. The other input rules (no other control
 * characters, no lone surrogates, something visible) hold for free text too. On a list of texts it applies to
 * every element.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
public @interface FreeText {
}
