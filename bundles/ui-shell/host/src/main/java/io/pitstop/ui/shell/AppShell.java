package io.pitstop.ui.shell;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import java.util.Map;

/**
 * Page-wide settings. Push lets the server redraw menus and move users off
 * a view whose plugin was removed; messages from the browser travel as plain
 * requests (WEBSOCKET_XHR), so that login can change the HTTP session id.
 */
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET_XHR)
public class AppShell implements AppShellConfigurator {
    private static final long serialVersionUID = 1L;

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Pitstop");
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        // both are plain files of this bundle (src/main/resources), served by the Vaadin servlet
        settings.addLink("icons/favicon.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
        settings.addLink("stylesheet", "styles/pitstop.css");
    }
}
