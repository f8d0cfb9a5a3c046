package io.redress.core.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class WorkingIntervalTest {

    @Test
    void parsesHoursAndMinutes() {
        assertEquals(new WorkingInterval(LocalTime.of(8, 0), LocalTime.of(12, 30)),
                WorkingInterval.parse("08:00", "12:30"));
    }

    @Test
    void rejectsAnIntervalThatEndsBeforeItStarts() {
        var e = assertThrows(IllegalArgumentException.class, () -> WorkingInterval.parse("18:00", "09:00"));
        assertTrue(e.getMessage().contains("18:00-09:00"), e.getMessage());
    }

    @Test
    void rejectsAnEmptyInterval() {
        assertThrows(IllegalArgumentException.class, () -> WorkingInterval.parse("09:00", "09:00"));
    }

    @Test
    void rejectsBoundsNotWrittenAsHoursAndMinutes() {
        var e = assertThrows(IllegalArgumentException.class, () -> WorkingInterval.parse("9am", "17:00"));
        assertTrue(e.getMessage().contains("9am"), e.getMessage());
    }
}
