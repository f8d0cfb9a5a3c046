package io.redress.core.api;

import io.redress.plugin.api.FieldError;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;

/** An RFC 9457 problem detail: {@code type, title, status, detail} and, for bad input, {@code errors}. */
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");
    private static final String TYPES = "https://redress.io/problems/";

    public static Problem of(String slug, String title, int status, String detail) {
        return new Problem(TYPES + slug, title, status, detail, List.of());
    }

    public static Problem invalid(List<FieldError> errors) {
        return new Problem(TYPES + "invalid-input", "Invalid input", 400,
                errors.size() == 1 ? "1 field is invalid" : errors.size() + " fields are invalid", errors);
    }

    public Response toResponse() {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", type).add("title", title).add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(e -> list.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            body.add("errors", list);
        }
        return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
    }
}
