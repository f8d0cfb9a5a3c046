package io.redress.core.api;

import io.redress.core.InvalidInputException;
import io.redress.core.document.DocumentDesk;
import io.redress.core.identity.Caller;
import io.redress.plugin.api.FieldError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Documents of a case. Upload is JSON, {@code {"description": "发票 invoice", "contentType": "application/pdf",
 * "contentBase64": "…", "restricted": false}}, answered 201 with the document (its archive name
 * {@code YYYYMMDD-<case number>-<description>.<ext>}); a description, type, size or content that is not accepted
 * answers 400 naming the field. The same upload may come as {@code multipart/form-data} (see
 * {@link #upload(List)}), read as it arrives and bounded by the documents' limit (413). The list and the metadata are JSON; {@code GET …/documents/{id}} answers the
 * decrypted content with its type and a Content-Disposition naming the file. Access: see {@link DocumentDesk}.
 */
@Path("tenants/{tenant}/complaints/{caseNumber}/documents")
@RequestScoped
@SecurityRequirement(name = "basic")
public class DocumentResource {

    @Inject
    DocumentDesk documents;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @PathParam("tenant")
    String tenant;

    @PathParam("caseNumber")
    String caseNumber;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list() {
        Caller caller = Access.member(security, tenant, Access.CASE_READERS, false);
        JsonArrayBuilder list = Json.createArrayBuilder();
        documents.list(tenant, caseNumber, caller).forEach(d -> list.add(json(d)));
        return list.build().toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response upload(String body) {
        Caller caller = Access.member(security, tenant, Access.CASE_READERS, false);
        JsonInput in = JsonInput.parse(body);
        String description = in.string("description", true, 500);
        String contentType = in.string("contentType", true, 200);
        long max = documents.maxBytes();
        String base64 = in.string("contentBase64", true, Integer.MAX_VALUE);
        byte[] content = null;
        if (base64 != null) {
            if (base64.length() > 4 * ((max + 2) / 3) + 4) {
                in.error("contentBase64", "is larger than the " + max + " bytes accepted");
            } else {
                try {
                    content = Base64.getMimeDecoder().decode(base64);
                } catch (IllegalArgumentException e) {
                    in.error("contentBase64", "is not Base64");
                }
            }
        }
        JsonValue restricted = in.json().get("restricted");
        if (restricted != null && restricted != JsonValue.TRUE && restricted != JsonValue.FALSE && restricted != JsonValue.NULL) {
            in.error("restricted", "must be true or false");
        }
        in.check();
        // the service names the decoded bytes "content"; here they arrive as contentBase64
        return file(new DocumentDesk.NewDocument(description, contentType, content, restricted == JsonValue.TRUE), caller,
                Map.of("content", "contentBase64"));
    }

    /**
     * The same upload as {@code multipart/form-data}: the part {@code file} with its file name and content type, and
     * the text parts {@code description} (else the file's name without its extension) and {@code restricted}
     * ({@code true} or {@code false}). The file is read as it arrives and refused (413 naming {@code file}) at the
     * first byte past the limit; a type its bytes do not match answers 400 naming {@code file}.
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @UploadLimit.Bounded
    public Response upload(List<EntityPart> parts) throws IOException {
        Caller caller = Access.member(security, tenant, Access.CASE_READERS, false);
        Optional<EntityPart> file = part(parts, "file");
        if (file.isEmpty() || file.get().getFileName().isEmpty()) {
            throw new InvalidInputException("file", "is required: a part named file, with its file name and content type");
        }
        byte[] content;
        try (InputStream in = file.get().getContent()) {
            content = documents.read(in, "file");
        }
        List<FieldError> errors = new ArrayList<>();
        String description = text(parts, "description", 500, errors).orElseGet(() -> baseName(file.get().getFileName().get()));
        String restricted = text(parts, "restricted", 5, errors).orElse("false");
        if (!restricted.equals("true") && !restricted.equals("false")) {
            errors.add(new FieldError("restricted", "must be true or false"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // the declared type and the bytes are both the file part's
        return file(new DocumentDesk.NewDocument(description, file.get().getMediaType().toString(), content,
                restricted.equals("true")), caller, Map.of("content", "file", "contentType", "file"));
    }

    /** Files the document, naming the service's fields as the request did. */
    private Response file(DocumentDesk.NewDocument document, Caller caller, Map<String, String> fields) {
        DocumentDesk.DocumentSummary saved;
        try {
            saved = documents.upload(tenant, caseNumber, document, caller);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream()
                    .map(f -> new FieldError(fields.getOrDefault(f.field(), f.field()), f.message())).toList());
        }
        return Response.created(uri.getAbsolutePathBuilder().path(saved.id()).build()).entity(json(saved).toString())
                .type(MediaType.APPLICATION_JSON).build();
    }

    private static Optional<EntityPart> part(List<EntityPart> parts, String name) {
        return parts.stream().filter(p -> p.getName().equals(name)).findFirst();
    }

    /** A text part, read to at most {@code maxChars} characters of UTF-8; empty when absent or blank. */
    private static Optional<String> text(List<EntityPart> parts, String name, int maxChars, List<FieldError> errors)
            throws IOException {
        Optional<EntityPart> part = part(parts, name);
        if (part.isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = part.get().getContent()) {
            byte[] bytes = in.readNBytes(4 * maxChars + 1);
            String value = new String(bytes, StandardCharsets.UTF_8).strip();
            if (bytes.length > 4 * maxChars || value.length() > maxChars) {
                errors.add(new FieldError(name, "must be at most " + maxChars + " characters"));
                return Optional.empty();
            }
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    @GET
    @Path("{id}")
    public Response download(@PathParam("id") String id) {
        Caller caller = Access.member(security, tenant, Access.CASE_READERS, false);
        DocumentDesk.DocumentFile file = documents.download(tenant, caseNumber, id, caller);
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", contentDisposition(file.name()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        Caller caller = Access.member(security, tenant, Access.CASE_READERS, false);
        documents.delete(tenant, caseNumber, id, caller);
        return Response.noContent().build();
    }

    /** RFC 6266: an ASCII fallback name, and the real (possibly Chinese) name in RFC 5987 encoding. */
    static String contentDisposition(String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    static JsonObject json(DocumentDesk.DocumentSummary d) {
        return Json.createObjectBuilder().add("id", d.id()).add("name", d.name()).add("description", d.description())
                .add("contentType", d.contentType()).add("size", d.size()).add("restricted", d.restricted())
                .add("sha256", d.sha256()).add("uploadedAt", d.uploadedAt().toString()).add("uploadedBy", d.uploadedBy()).build();
    }
}
