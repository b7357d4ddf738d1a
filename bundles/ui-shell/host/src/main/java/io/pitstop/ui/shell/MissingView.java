package io.pitstop.ui.shell;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import io.pitstop.ui.api.Ui;
import javax.servlet.http.HttpServletResponse;

/**
 * Replaces Vaadin's "route not found" page: an address that no view answers
 * (a mistyped path, or a plugin's view whose feature was uninstalled) sends
 * a logged-in user to the dashboard with a notice, and anyone else to login.
 */
public class MissingView extends Div implements HasErrorParameter<NotFoundException> {
    private static final long serialVersionUID = 1L;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        if (Ui.actor() == null) {
            event.forwardTo(LoginView.class);
        } else {
            AccessControl.refuse(event, "access.gone");
        }
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
