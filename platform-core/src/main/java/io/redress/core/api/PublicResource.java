package io.redress.core.api;

import io.redress.core.NotFoundException;
import io.redress.core.feedback.TrackingDesk;
import io.redress.core.feedback.TrackingDesk.Step;
import io.redress.core.feedback.TrackingDesk.Tracking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The complainant's side, without credentials ({@link ApiAuthentication} lets {@code public/} through): the
 * progress of their case by its tracking token, and their satisfaction survey. Only what {@link TrackingDesk} shows
 * leaves here — never notes, staff or escalations — and an unknown token answers 404 whether or not its tenant exists.
 * Every request counts against the client address's rate limit ({@link PublicRateLimitFilter}: 429 past it).
 */
@Path("public")
@PublicRateLimitFilter.Limited
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PublicResource {

    @Inject
    TrackingDesk desk;

    @GET
    @Path("track/{token}")
    public String track(@PathParam("token") String token) {
        return desk.track(token).map(t -> json(t).toString()).orElseThrow(PublicResource::notFound);
    }

    /** {@code {"score": 1-5, "comment": "…"}}: once per case, once the result has been given (409 otherwise). */
    @POST
    @Path("surveys/{token}")
    @Consumes(MediaType.APPLICATION_JSON)
    public String answer(@PathParam("token") String token, String body) {
        JsonInput in = JsonInput.parse(body);
        Integer score = in.integer("score", true, TrackingDesk.MIN_SCORE, TrackingDesk.MAX_SCORE);
        String comment = in.string("comment", false, 4000);
        in.check();
        return json(desk.answerSurvey(token, score, comment)).toString();
    }

    private static NotFoundException notFound() {
        return new NotFoundException("no case has this tracking link");
    }

    static JsonObject json(Tracking t) {
        JsonArrayBuilder done = Json.createArrayBuilder();
        t.done().forEach(s -> done.add(step(s, "completedAt")));
        JsonObjectBuilder survey = Json.createObjectBuilder().add("open", t.survey().open())
                .add("answered", t.survey().score() != null);
        if (t.survey().dueAt() == null) {
            survey.addNull("dueAt");
        } else {
            survey.add("dueAt", t.survey().dueAt().toString());
        }
        if (t.survey().score() == null) {
            survey.addNull("score");
        } else {
            survey.add("score", t.survey().score());
        }
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("caseNumber", t.caseNumber())
                .add("subject", t.subject())
                .add("language", t.language().toLanguageTag())
                .add("status", t.status().name())
                .add("statusText", t.statusText())
                .add("receivedAt", t.receivedAt().toString())
                .add("progress", done)
                .add("survey", survey);
        if (t.next() == null) {
            b.addNull("next");
        } else {
            b.add("next", step(t.next(), "dueAt"));
        }
        return b.build();
    }

    private static JsonObjectBuilder step(Step s, String at) {
        return Json.createObjectBuilder().add("stage", s.stage()).add("label", s.label()).add(at, s.at().toString());
    }
}
