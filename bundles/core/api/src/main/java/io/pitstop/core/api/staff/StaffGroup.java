package io.pitstop.core.api.staff;

/**
 * A department or team (sales, service, accounting, support, logistics...)
 * that work can be assigned to as a whole.
 *
 * @param code stable key stored by other records, e.g. {@code sales}
 */
public record StaffGroup(String code, String name, boolean active) {
}
