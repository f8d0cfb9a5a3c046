package io.redress.core.api;

import io.redress.core.plugin.PluginRegistry;
import io.redress.core.policy.PolicyJson;
import io.redress.plugin.api.ConfigField;
import io.redress.plugin.api.LocalizedText;
import io.redress.plugin.api.PluginFactory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** The installed plugins with their configuration schemas. */
@Path("plugins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class PluginResource {

    @Inject
    PluginRegistry registry;

    @Context
    SecurityContext security;

    @GET
    public String list() {
        Access.platformAdmin(security);
        return list(registry).toString();
    }

    /** {@code {"plugins": [{id, kind, version, name, configSchema}…]}}: every plugin the platform loaded. */
    static JsonObject list(PluginRegistry registry) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        registry.all().forEach(f -> list.add(plugin(f)));
        return Json.createObjectBuilder().add("plugins", list).build();
    }

    private static JsonObject plugin(PluginFactory<?> factory) {
        JsonArrayBuilder fields = Json.createArrayBuilder();
        for (ConfigField f : factory.configSchema().fields()) {
            JsonObjectBuilder field = Json.createObjectBuilder()
                    .add("key", f.key())
                    .add("type", f.type().name())
                    .add("label", text(f.label()))
                    .add("help", text(f.help()))
                    .add("required", f.required())
                    .add("default", PolicyJson.toJson(f.defaultValue()));
            if (f.min() != null) {
                field.add("min", f.min());
            }
            if (f.max() != null) {
                field.add("max", f.max());
            }
            if (!f.allowedValues().isEmpty()) {
                field.add("allowedValues", Json.createArrayBuilder(f.allowedValues()));
            }
            fields.add(field);
        }
        return Json.createObjectBuilder()
                .add("id", factory.id())
                .add("kind", factory.kind().name())
                .add("version", factory.version())
                .add("name", text(factory.name()))
                .add("configSchema", fields)
                .build();
    }

    private static JsonObject text(LocalizedText text) {
        return Json.createObjectBuilder().add("zh-CN", text.zh()).add("en", text.en()).build();
    }
}
