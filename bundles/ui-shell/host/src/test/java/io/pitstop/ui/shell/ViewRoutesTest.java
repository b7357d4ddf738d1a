package io.pitstop.ui.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import io.pitstop.ui.api.Texts;
import io.pitstop.ui.api.ViewContribution;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.Test;

public class ViewRoutesTest {
    /** A servlet context as far as the route registry needs one. */
    static final class MapContext implements VaadinContext {
        private final Map<Class<?>, Object> attributes = new HashMap<>();

        @Override
        public <T> T getAttribute(Class<T> type, Supplier<T> defaultValueSupplier) {
            Object value = attributes.get(type);
            if (value == null && defaultValueSupplier != null) {
                value = defaultValueSupplier.get();
                attributes.put(type, value);
            }
            return type.cast(value);
        }

        @Override
        public <T> void setAttribute(Class<T> clazz, T value) {
            attributes.put(clazz, value);
        }

        @Override
        public void removeAttribute(Class<?> clazz) {
            attributes.remove(clazz);
        }

        @Override
        public Enumeration<String> getContextParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String getContextParameter(String name) {
            return null;
        }
    }

    public static class Layout extends Div implements RouterLayout {
    }

    public static class Card extends Div implements HasUrlParameter<String> {
        @Override
        public void setParameter(BeforeEvent event, String parameter) {
        }
    }

    public static class Other extends Div {
    }

    record View(String route, Class<? extends Component> viewClass) implements ViewContribution {
        @Override
        public Component createView() {
            return new Div();
        }

        @Override
        public String labelKey() {
            return "x";
        }

        @Override
        public Texts texts() {
            return Texts.of(ViewRoutesTest.class, "none");
        }

        @Override
        public Set<String> requiredRoles() {
            return Set.of();
        }
    }

    private final RouteConfiguration routes = RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(new MapContext()));
    private final ViewRoutes views = new ViewRoutes(routes, Layout.class);

    @Test
    public void aViewWithAnIdInItsAddressCanLeaveAndComeBack() {
        View card = new View("account", Card.class);
        assertTrue(views.add(card));
        assertTrue(routes.isRouteRegistered(Card.class));
        views.remove(card);
        assertFalse("the :parameter route must go too", routes.isRouteRegistered(Card.class));
        // the same plugin installed again (or updated) routes its card again
        assertTrue(views.add(new View("account", Card.class)));
        assertEquals(Card.class, views.byRoute("account").orElseThrow().viewClass());
    }

    @Test
    public void theFirstContributionKeepsItsRoute() {
        View first = new View("sample", Other.class);
        assertTrue(views.add(first));
        assertFalse(views.add(new View("sample", Card.class)));
        assertEquals(first, views.byRoute("sample").orElseThrow());
        views.remove(new View("sample", Card.class));
        assertTrue("removing the refused one leaves the owner routed", routes.isRouteRegistered(Other.class));
    }
}
