package io.redress.core.api;

import io.redress.core.approval.ApprovalDeadlines;
import io.redress.core.corrective.OverdueActionCheck;
import io.redress.core.sla.ClockProducer;
import io.redress.core.sla.EscalationSweep;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The platform operator's handles on scheduled work: run the escalation sweep now; on test servers, set the clock. */
@Path("operations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class OperationsResource {

    @Inject
    EscalationSweep sweep;

    @Inject
    OverdueActionCheck overdueActions;

    @Inject
    ApprovalDeadlines approvalDeadlines;

    @Inject
    ClockProducer clocks;

    @Context
    SecurityContext security;

    /**
     * Runs one escalation sweep now, as the scheduler does, one check of the overdue corrective actions and one of the
     * missed approval steps; answers whether the sweep ran and what each recorded.
     */
    @POST
    @Path("sweeps")
    public String sweep() {
        Access.platformAdmin(security);
        EscalationSweep.Result result = sweep.sweep();
        int correctiveRungs = overdueActions.check();
        int approvalSteps = approvalDeadlines.sweep();
        return Json.createObjectBuilder()
                .add("ran", result.ran())
                .add("at", result.at().toString())
                .add("clocksDue", result.clocksDue())
                .add("rungsReached", result.rungsReached())
                .add("correctiveRungsReached", correctiveRungs)
                .add("approvalStepsEscalated", approvalSteps)
                .build().toString();
    }

    /**
     * Fixes the server's clock at {@code {"instant": "2026-12-04T17:00:00+08:00"}}; only on a server started with
     * {@code redress.clock.adjustable=true} (test servers), 404 elsewhere.
     */
    @PUT
    @Path("clock")
    @Consumes(MediaType.APPLICATION_JSON)
    public String setClock(String body) {
        Access.platformAdmin(security);
        ClockProducer.AdjustableClock clock = clocks.adjustableClock()
                .orElseThrow(() -> new io.redress.core.NotFoundException("this server's clock is not adjustable"));
        JsonInput in = JsonInput.parse(body);
        String text = in.string("instant", true, 64);
        Instant instant = null;
        if (text != null) {
            try {
                instant = OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                in.error("instant", "must be an ISO-8601 date-time with offset, e.g. 2026-12-04T17:00:00+08:00");
            }
        }
        in.check();
        clock.set(instant);
        return Json.createObjectBuilder().add("instant", clock.instant().toString()).build().toString();
    }

    /** Lets the adjustable clock follow the system clock again. */
    @DELETE
    @Path("clock")
    public String resetClock() {
        Access.platformAdmin(security);
        ClockProducer.AdjustableClock clock = clocks.adjustableClock()
                .orElseThrow(() -> new io.redress.core.NotFoundException("this server's clock is not adjustable"));
        clock.set(null);
        return Json.createObjectBuilder().add("instant", clock.instant().toString()).build().toString();
    }
}
