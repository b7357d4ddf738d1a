package io.pitstop.attachments.impl;

import io.pitstop.attachments.api.UnacceptableFileException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The configured size limit and media types, and the checks of one upload against them. */
record Limits(long maxBytes, Set<String> allowedTypes) {
    static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /** Fails loudly on a configuration that would accept nothing or everything by mistake. */
    static Limits of(long maxBytes, String[] allowedTypes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("io.pitstop.attachments: maxBytes must be positive, not " + maxBytes);
        }
        Set<String> types = Arrays.stream(allowedTypes == null ? new String[0] : allowedTypes)
                .flatMap(t -> Arrays.stream(t.split(","))).map(MediaTypes::base).filter(t -> t != null)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (types.isEmpty()) {
            throw new IllegalArgumentException("io.pitstop.attachments: allowedTypes lists no media type");
        }
        return new Limits(maxBytes, Set.copyOf(types));
    }

    /**
     * The media type to store: the one read from the content, which must agree with the type the client declared
     * (unless it declared none) and with what the name's extension promises, and must be allowed.
     */
    String check(Upload upload, String name, String declaredType) {
        String detected = MediaTypes.detect(upload.head(), upload.headLength(), name);
        if (!MediaTypes.unspecific(declaredType) && !MediaTypes.agrees(declaredType, detected)) {
            throw UnacceptableFileException.type("Content-Type", "says " + MediaTypes.base(declaredType)
                    + " but the content is " + detected);
        }
        String promised = MediaTypes.promised(name);
        if (promised != null && !MediaTypes.agrees(promised, detected)) {
            throw UnacceptableFileException.type("name", "ends in ." + FileNames.extension(name) + " but the content is " + detected);
        }
        if (!allowedTypes.contains(detected)) {
            throw UnacceptableFileException.type("file", "is of type " + detected + ", which is not accepted; accepted: "
                    + String.join(", ", new java.util.TreeSet<>(allowedTypes)));
        }
        return detected;
    }
}
