package io.pitstop.ui.api.kit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.ValidationException;
import java.util.List;
import org.junit.Test;

public class FormSupportTest {

    @Test
    public void aRuleThatPassesLeavesNoMessage() {
        assertNull(FormSupport.message("7707083893", v -> { }));
    }

    @Test
    public void aRuleThatRefusesGivesItsFirstFieldErrorsMessage() {
        String message = FormSupport.message("7707083890", v -> {
            throw new ValidationException(List.of(new FieldError("inn", "is not a valid INN")));
        });
        assertEquals("is not a valid INN", message);
    }
}
