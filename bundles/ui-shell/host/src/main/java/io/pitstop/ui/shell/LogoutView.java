package io.pitstop.ui.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;

/** {@code /logout}: the same as the user menu's logout, for a bookmark or a test. */
@Route(LogoutView.ROUTE)
public class LogoutView extends Div implements BeforeEnterObserver {
    private static final long serialVersionUID = 1L;
    public static final String ROUTE = "logout";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        MainLayout.logout();
    }
}
