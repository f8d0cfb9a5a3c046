package io.redress.core.api;

import io.redress.core.feedback.PublicRateLimit;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NameBinding;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Counts every request of the public endpoints against {@link PublicRateLimit} before anything else is done, so an
 * unknown token costs as much as a known one; past the limit the answer is 429 problem+json with Retry-After.
 */
@Provider
@PublicRateLimitFilter.Limited
@Priority(Priorities.AUTHENTICATION - 100)
public class PublicRateLimitFilter implements ContainerRequestFilter {

    /** The resources and methods the limit applies to. */
    @NameBinding
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Limited {
    }

    @Inject
    PublicRateLimit limit;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        limit.take(servletRequest.getRemoteAddr(), request.getHeaderString("X-Forwarded-For"));
    }
}
