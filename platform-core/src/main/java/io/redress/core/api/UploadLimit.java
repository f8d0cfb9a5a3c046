package io.redress.core.api;

import io.redress.core.ContentTooLargeException;
import io.redress.core.document.DocumentDesk;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import org.apache.commons.io.input.BoundedInputStream;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bounds the body of a multipart upload before the container parses it, so that an oversized request is never
 * read in full: a declared Content-Length past the documents' limit (plus room for the other parts and the part
 * headers) answers 413 at once, and a body without one is cut off at the first byte past that bound. The exact
 * limit of the file itself is {@link DocumentDesk#read}'s, as the part is read.
 */
@Provider
@UploadLimit.Bounded
@Priority(Priorities.ENTITY_CODER)
public class UploadLimit implements ContainerRequestFilter {

    /** Room for the description, the flag, the boundaries and the part headers. */
    static final long ENVELOPE_BYTES = 64 * 1024;

    /** The upload this filter bounds; the file part is the field named in the answer. */
    @NameBinding
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Bounded {
    }

    @Inject
    DocumentDesk documents;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        long max = documents.maxBytes();
        long bound = max + ENVELOPE_BYTES;
        if (request.getLength() > bound) {
            throw new ContentTooLargeException("file", max);
        }
        request.setEntityStream(BoundedInputStream.builder().setInputStream(request.getEntityStream()).setMaxCount(bound + 1)
                .setOnMaxCount((limit, count) -> {
                    throw new ContentTooLargeException("file", max);
                }).get());
    }
}
