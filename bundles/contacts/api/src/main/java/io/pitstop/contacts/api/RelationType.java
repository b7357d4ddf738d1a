package io.pitstop.contacts.api;

/**
 * How two contacts relate: a person works at an organisation (сотрудник), or
 * is the personal manager (персональный менеджер) of a client.
 */
public enum RelationType {
    EMPLOYEE_OF,
    MANAGER_OF
}
