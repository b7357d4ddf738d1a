package io.pitstop.notifications.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered as a service by a bundle that raises events of this type; the type can be given templates and rules
 * while the service is registered (templates stay stored when it leaves).
 */
@ConsumerType
public interface EventTypeDeclaration {
    EventType eventType();
}
