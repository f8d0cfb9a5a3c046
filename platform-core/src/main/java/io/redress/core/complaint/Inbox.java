package io.redress.core.complaint;

import java.time.ZoneId;
import java.util.List;

/** What the staff inbox needs from the platform; the UI depends on this, not on persistence. */
public interface Inbox {

    /** Open cases of the tenant, the one whose next clock runs out first at the top. */
    List<CaseSummary> inbox(String tenant, int limit);

    /** The tenant's own time zone, in which the inbox shows due times. */
    ZoneId zoneOf(String tenant);
}
