package io.pitstop.core.rest.internal;

import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.Translations;
import io.pitstop.core.rest.Rest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.GenericEntity;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Problem bodies in the caller's language: the title, the detail and each
 * field message are translated for the first language of the request's
 * {@code Accept-Language} that the installed catalogues speak, and the
 * answer says which in {@code Content-Language}. The {@code type} URN, the
 * status, the field names and extra members (ids) stay as they are, so a
 * program reads the same problem in any language. English without the header.
 */
@Component(service = ContainerResponseFilter.class)
@JaxrsExtension
@JaxrsApplicationSelect("(osgi.jaxrs.name=*)")
@JaxrsName("pitstop.problem-language")
public class ProblemLanguage implements ContainerResponseFilter {
    private final Translations translations;

    @Activate
    public ProblemLanguage(@Reference Translations translations) {
        this.translations = translations;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        Object entity = response.getEntity() instanceof GenericEntity<?> typed ? typed.getEntity() : response.getEntity();
        if (!(entity instanceof Map<?, ?> body) || type == null
                || !Rest.PROBLEM_JSON.equals(type.getType() + "/" + type.getSubtype())) {
            return;
        }
        Locale language = translations.choose(preferred(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
        response.getHeaders().add(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag());
        if (!Locale.ENGLISH.getLanguage().equals(language.getLanguage())) {
            try {
                // changed in place, keeping the body's declared type (see Problems)
                @SuppressWarnings("unchecked")
                Map<String, Object> problem = (Map<String, Object>) body;
                translate(problem, language);
            } catch (UnsupportedOperationException e) {
                // not a body Problems built; it stays in English rather than being written wrongly
            }
        }
    }

    /**
     * The languages of an Accept-Language header, most wanted first, without those it refuses ({@code q=0});
     * none for a missing or malformed header (the answer is then English, not an error about the header).
     */
    static List<Locale> preferred(String header) {
        if (header == null || header.isBlank()) {
            return List.of();
        }
        try {
            return Locale.LanguageRange.parse(header).stream().filter(r -> r.getWeight() > 0)
                    .map(r -> Locale.forLanguageTag(r.getRange())).toList();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    /** Translates a problem body's texts in place; returns it. */
    Map<String, Object> translate(Map<String, Object> out, Locale language) {
        out.computeIfPresent("title", (k, title) -> translations.translate(language, String.valueOf(title)));
        if (out.get("errors") instanceof List<?> errors && !errors.isEmpty()) {
            List<FieldError> translated = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            for (Object e : errors) {
                if (!(e instanceof FieldError error)) {
                    return out;
                }
                FieldError t = new FieldError(error.field(), translations.translate(language, error.message()));
                translated.add(t);
                parts.add(t.field() + ": " + t.message());
            }
            out.put("errors", translated);
            // the English detail is the field errors joined; say the same in the language
            out.put("detail", String.join("; ", parts));
        } else {
            out.computeIfPresent("detail", (k, detail) -> translations.translate(language, String.valueOf(detail)));
        }
        return out;
    }
}
