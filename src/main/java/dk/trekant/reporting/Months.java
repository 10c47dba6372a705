package dk.trekant.reporting;

import java.time.DateTimeException;
import java.time.YearMonth;

import dk.trekant.platform.web.InvalidRequestException;

/** A month in a query parameter ({@code yyyy-MM}); anything else is a 400 naming the field. */
final class Months {

    private Months() {
    }

    static YearMonth parse(String field, String value) {
        if (value == null || !value.matches("\\d{4}-\\d{2}")) {
            throw new InvalidRequestException(field, "must be a month as yyyy-MM");
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeException e) {
            throw new InvalidRequestException(field, "must be a month as yyyy-MM");
        }
    }
}
