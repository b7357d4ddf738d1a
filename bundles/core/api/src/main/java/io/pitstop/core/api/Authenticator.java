package io.pitstop.core.api;

import java.util.Optional;

/**
 * Checks a login and password against the realm {@code pitstop}: the one
 * login of the REST API, the staff UI and integration routes, so a user has
 * the same roles wherever they come in. The service is there only once the
 * realm is, so nothing answers "wrong password" merely because the server is
 * still starting.
 */
public interface Authenticator {
    /** The actor with the roles the realm grants; empty when the login or the password is wrong or missing. */
    Optional<Actor> login(String user, String password);

    /**
     * Whether someone who signed in as this login may go on: false once the staff member is disabled or gone.
     * Open UI sessions ask on each step, so a disabled member is out at their next click.
     */
    default boolean mayContinue(String login) {
        return true;
    }
}
