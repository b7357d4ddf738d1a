/**
 * Support tickets (тикеты): every client's mail to a department's mailbox and every request staff open on a client's
 * behalf becomes a ticket with a thread of messages, an urgency, a department (a staff group) and an SLA clock.
 * Plugins and integrators read tickets through {@link io.pitstop.ticketing.api.TicketService} and follow them by
 * the topics of {@link io.pitstop.ticketing.api.TicketEvents}.
 */
@Export
@Version("1.0.0")
package io.pitstop.ticketing.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
