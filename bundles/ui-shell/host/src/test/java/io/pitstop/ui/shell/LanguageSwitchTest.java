package io.pitstop.ui.shell;

import static org.junit.Assert.assertEquals;

import com.vaadin.flow.server.VaadinRequest;
import io.pitstop.ui.api.Ui;
import java.lang.reflect.Proxy;
import java.util.Optional;
import javax.servlet.http.Cookie;
import org.junit.Test;

public class LanguageSwitchTest {
    private static VaadinRequest request(Cookie... cookies) {
        // a request that only has cookies: the servlet container answers null when there are none
        return (VaadinRequest) Proxy.newProxyInstance(VaadinRequest.class.getClassLoader(), new Class<?>[] {VaadinRequest.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getCookies")) {
                        return cookies.length == 0 ? null : cookies;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    public void theLanguageThisBrowserChoseLast() {
        assertEquals(Optional.of(Ui.ENGLISH), LanguageSwitch.remembered(request(new Cookie("JSESSIONID", "x"),
                new Cookie(LanguageSwitch.COOKIE, "en"))));
        assertEquals(Optional.of(Ui.RUSSIAN), LanguageSwitch.remembered(request(new Cookie(LanguageSwitch.COOKIE, "ru"))));
    }

    @Test
    public void onlyALanguageTheUiSpeaks() {
        assertEquals(Optional.empty(), LanguageSwitch.remembered(request(new Cookie(LanguageSwitch.COOKIE, "de"))));
        assertEquals(Optional.empty(), LanguageSwitch.remembered(request()));
        assertEquals(Optional.empty(), LanguageSwitch.remembered(null));
    }
}
