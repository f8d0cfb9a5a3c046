package io.redress.core.api;

import io.redress.core.InvalidInputException;
import io.redress.core.NotFoundException;
import io.redress.core.identity.Caller;
import io.redress.core.notification.NotificationDesk;
import io.redress.core.notification.NotificationDesk.NotificationPage;
import io.redress.core.notification.NotificationDesk.NotificationView;
import io.redress.core.tenant.Tenant;
import io.redress.core.tenant.Tenants;
import io.redress.plugin.api.FieldError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The caller's own notifications: escalations that name them, cases assigned to them, approvals awaiting their
 * signature. Each item has its message as a bundle key and arguments and as text in the caller's language
 * (Accept-Language zh or en, else the tenant's). Nobody reads or marks another member's notifications: their ids
 * answer 404, as do those of another tenant.
 */
@Path("tenants/{tenant}/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "basic")
public class NotificationResource {

    static final int MAX_SIZE = 100;

    @Inject
    NotificationDesk desk;

    @Inject
    Tenants tenants;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @PathParam("tenant")
    String tenant;

    /** {@code ?unread=true|false&page=0&size=20}: newest first, with {@code total} and {@code unreadCount}. */
    @GET
    public String list(@QueryParam("unread") String unread, @QueryParam("page") String page, @QueryParam("size") String size) {
        Caller caller = Access.member(security, tenant, Access.CASE_READERS, false);
        List<FieldError> errors = new ArrayList<>();
        Boolean unreadOnly = QueryParams.flag("unread", unread, errors);
        int pageNumber = QueryParams.number("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE, errors);
        int pageSize = QueryParams.number("size", size, 20, 1, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        NotificationPage found = desk.list(tenant, caller.username(), Boolean.TRUE.equals(unreadOnly), pageNumber, pageSize);
        Locale locale = locale();
        JsonArrayBuilder items = Json.createArrayBuilder();
        found.items().forEach(n -> items.add(json(n, locale)));
        return Json.createObjectBuilder().add("items", items).add("total", found.total())
                .add("unreadCount", found.unreadCount()).add("page", found.page()).add("size", found.size())
                .build().toString();
    }

    /** Marks one of the caller's notifications read; answers it. */
    @POST
    @Path("{id}/read")
    public String read(@PathParam("id") String id) {
        Caller caller = Access.member(security, tenant, Access.CASE_READERS, false);
        return json(desk.markRead(tenant, caller.username(), id), locale()).toString();
    }

    /** Marks all the caller's notifications read: {@code {"marked": 3, "unreadCount": 0}}. */
    @POST
    @Path("read-all")
    public String readAll() {
        Caller caller = Access.member(security, tenant, Access.CASE_READERS, false);
        int marked = desk.markAllRead(tenant, caller.username());
        return Json.createObjectBuilder().add("marked", marked)
                .add("unreadCount", desk.unreadCount(tenant, caller.username())).build().toString();
    }

    private Locale locale() {
        Locale tenantLocale = tenants.find(tenant).map(Tenant::locale).orElseThrow(() -> new NotFoundException("no tenant " + tenant));
        return Languages.of(headers, tenantLocale);
    }

    private static JsonObject json(NotificationView n, Locale locale) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", n.id()).add("kind", n.kind().name());
        if (n.caseNumber() != null) {
            b.add("caseNumber", n.caseNumber());
        }
        if (n.actionId() != null) {
            b.add("actionId", n.actionId());
        }
        b.add("messageKey", n.messageKey()).add("args", Json.createArrayBuilder(n.args())).add("text", n.text(locale))
                .add("createdAt", n.createdAt().toString()).add("read", n.read());
        if (n.readAt() == null) {
            b.addNull("readAt");
        } else {
            b.add("readAt", n.readAt().toString());
        }
        return b.build();
    }
}
