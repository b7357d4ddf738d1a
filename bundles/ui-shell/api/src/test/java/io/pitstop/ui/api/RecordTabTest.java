package io.pitstop.ui.api;

import static org.junit.Assert.assertEquals;

import com.vaadin.flow.component.Component;
import io.pitstop.core.api.RecordRef;
import java.util.Set;
import org.junit.Test;

public class RecordTabTest {
    private abstract static class Tab implements RecordTab {
        @Override
        public String id() {
            return "t";
        }

        @Override
        public Component create(RecordRef record) {
            return null;
        }

        @Override
        public String labelKey() {
            return "t";
        }

        @Override
        public Texts texts() {
            return null;
        }

        @Override
        public Set<String> requiredRoles() {
            return Set.of();
        }
    }

    @Test
    public void oneTypeIsTheTypesOfAClassicTab() {
        RecordTab tab = new Tab() {
            @Override
            public String recordType() {
                return "contact";
            }
        };
        assertEquals(Set.of("contact"), tab.recordTypes());
    }

    @Test
    public void oneServiceServesSeveralTypes() {
        RecordTab tab = new Tab() {
            @Override
            public Set<String> recordTypes() {
                return Set.of("contact", "account");
            }
        };
        assertEquals(Set.of("contact", "account"), tab.recordTypes());
    }

    @Test(expected = IllegalStateException.class)
    public void aTabNamingNoTypeFailsLoudly() {
        new Tab() {
        }.recordTypes();
    }
}
