package io.redress.ui;

import io.redress.core.complaint.CaseSummary;
import io.redress.core.complaint.Inbox;

import java.time.ZoneId;
import java.util.List;

/** An inbox with no cases whose every tenant lives in one time zone: for views that show times in the tenant's zone. */
public record FixedZoneInbox(ZoneId zone) implements Inbox {

    public static FixedZoneInbox of(String zone) {
        return new FixedZoneInbox(ZoneId.of(zone));
    }

    @Override
    public List<CaseSummary> inbox(String tenant, int limit) {
        return List.of();
    }

    @Override
    public ZoneId zoneOf(String tenant) {
        return zone;
    }
}
