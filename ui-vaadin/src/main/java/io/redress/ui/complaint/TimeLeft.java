package io.redress.ui.complaint;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import java.time.Duration;

/**
 * Working time left on a clock, or how late it is, as the inbox and the case view show it: in red when late, in amber
 * when little is left.
 */
final class TimeLeft {

    /** A clock with less working time than this left is shown as "due soon". */
    static final Duration SOON = Duration.ofHours(4);

    private TimeLeft() {
    }

    /**
     * @param left    working time in the clock's calendar until it is due, negative by the working time it is late;
     *                null when no clock runs
     * @param overdue the clock is past its due time although no working time has passed since (e.g. at night)
     */
    static Span of(Component owner, Duration left, boolean overdue) {
        Span span = new Span();
        if (left == null) {
            span.setText("—");
            return span;
        }
        if (left.isNegative() || overdue) {
            span.setText(owner.getTranslation("time.overdue", format(owner, left.isNegative() ? left.negated() : Duration.ZERO)));
            span.addClassName("redress-overdue");
        } else {
            span.setText(owner.getTranslation("time.left", format(owner, left)));
            if (left.compareTo(SOON) < 0) {
                span.addClassName("redress-due-soon");
            }
        }
        return span;
    }

    /** Hours and minutes: working time has no 24-hour days. */
    static String format(Component owner, Duration d) {
        long hours = d.toHours();
        int minutes = d.toMinutesPart();
        return hours > 0 ? owner.getTranslation("time.hoursMinutes", hours, minutes)
                : owner.getTranslation("time.minutes", minutes);
    }
}
