package io.pitstop.ledger.rest.internal;

import static org.junit.Assert.assertEquals;

import io.pitstop.core.rest.ApiField;
import io.pitstop.ledger.api.HouseBook;
import java.util.Arrays;
import java.util.List;
import org.junit.Test;

public class BodiesTest {
    /** The OpenAPI document lists the house book codes from the annotations; a new house book must appear there too. */
    @Test
    public void documentedHouseBooksAreTheLedgersOwn() {
        List<String> codes = Arrays.stream(HouseBook.values()).map(HouseBook::code).toList();
        for (Class<?> body : List.of(Bodies.Line.class, Bodies.NewHold.class, Bodies.Capture.class)) {
            ApiField field = Arrays.stream(body.getRecordComponents()).filter(c -> c.getName().equals("houseBook")).findFirst()
                    .orElseThrow().getAnnotation(ApiField.class);
            assertEquals(body.getSimpleName(), codes, List.of(field.values()));
        }
    }
}
