package io.redress.core.complaint;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/** {@code C-YYYYMMDD-NNNN}: the day of receipt in the tenant's zone and that day's running number. */
public record CaseNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("C-\\d{8}-\\d{4,}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public CaseNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a case number: " + value);
        }
    }

    public static CaseNumber of(LocalDate day, int sequence) {
        return new CaseNumber("C-" + day.format(DAY) + "-" + String.format("%04d", sequence));
    }

    public static boolean isWellFormed(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
