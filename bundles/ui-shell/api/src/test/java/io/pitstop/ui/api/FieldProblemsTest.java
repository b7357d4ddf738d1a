package io.pitstop.ui.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.vaadin.flow.component.HasValidation;
import io.pitstop.core.api.ConflictException;
import io.pitstop.core.api.FieldError;
import io.pitstop.core.api.ValidationException;
import java.util.List;
import org.junit.Test;

public class FieldProblemsTest {
    /** A form field as far as validation goes. */
    static final class Field implements HasValidation {
        String message;
        boolean invalid;

        @Override
        public void setErrorMessage(String errorMessage) {
            message = errorMessage;
        }

        @Override
        public String getErrorMessage() {
            return message;
        }

        @Override
        public void setInvalid(boolean invalid) {
            this.invalid = invalid;
        }

        @Override
        public boolean isInvalid() {
            return invalid;
        }
    }

    private final Field inn = new Field();
    private final Field phones = new Field();
    private final Field legal = new Field();
    private final FieldProblems problems = new FieldProblems().field("inn", inn).field("phones", phones)
            .field("addresses[0]", legal);

    @Test
    public void eachServerErrorLandsNextToItsField() {
        List<String> rest = problems.show(new ValidationException(List.of(
                new FieldError("inn", "checksum does not match"),
                new FieldError("phones[1]", "is not a phone number"),
                new FieldError("phones[2]", "is too long"),
                new FieldError("addresses[0].text", "is too long"),
                new FieldError("ogrn", "must have 13 digits"))));
        assertTrue(inn.invalid);
        assertEquals("checksum does not match", inn.message);
        assertEquals("is not a phone number; is too long", phones.message);
        assertEquals("is too long", legal.message);
        assertEquals(List.of("ogrn: must have 13 digits"), rest);
    }

    @Test
    public void aProblemWithoutFieldsIsLeftForTheFormAndOldMarksAreCleared() {
        problems.show(ValidationException.field("inn", "bad"));
        List<String> rest = problems.show(new ConflictException("INN 7707083893 belongs to another contact"));
        assertFalse(inn.invalid);
        assertNull(inn.message);
        assertEquals(List.of("INN 7707083893 belongs to another contact"), rest);
    }

    @Test
    public void messagesAppearInTheUsersLanguage() {
        List<String> rest = problems.show(new ValidationException(List.of(
                new FieldError("inn", "is required"), new FieldError("ogrn", "is required"))),
                m -> m.equals("is required") ? "обязательное поле" : m);
        assertEquals("обязательное поле", inn.message);
        assertEquals(List.of("ogrn: обязательное поле"), rest);
    }
}
