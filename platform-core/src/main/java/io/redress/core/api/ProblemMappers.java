package io.redress.core.api;

import io.redress.core.ContentTooLargeException;
import io.redress.core.InvalidInputException;
import io.redress.core.NotAllowedException;
import io.redress.core.NotFoundException;
import io.redress.core.TooManyRequestsException;
import io.redress.core.complaint.IdempotencyConflictException;
import io.redress.core.identity.IdentityProviderException;
import io.redress.core.identity.KeycloakDirectory;
import io.redress.core.policy.PolicyRejectedException;
import io.redress.core.sla.ClockStateException;
import io.redress.core.tenant.TenantAlreadyExistsException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every error the API answers becomes a problem+json here, and nowhere else. */
@Provider
public class ProblemMappers implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    @Override
    public Response toResponse(Throwable error) {
        Throwable cause = unwrap(error);
        Response response = problemFor(cause).toResponse();
        if (cause instanceof TooManyRequestsException limited) {
            return Response.fromResponse(response).header("Retry-After", limited.retryAfterSeconds()).build();
        }
        return response;
    }

    static Problem problemFor(Throwable e) {
        if (e instanceof InvalidInputException invalid) {
            return Problem.invalid(invalid.errors());
        }
        if (e instanceof ContentTooLargeException tooLarge) {
            return new Problem("https://redress.io/problems/too-large", "Content too large", 413, tooLarge.getMessage(),
                    List.of(tooLarge.error()));
        }
        if (e instanceof TooManyRequestsException) {
            return Problem.of("too-many-requests", "Too many requests", 429, e.getMessage());
        }
        if (e instanceof PolicyRejectedException rejected) {
            return new Problem("https://redress.io/problems/invalid-policy", "Invalid policy", 422,
                    rejected.errors().size() + " field(s) of the policy are invalid", rejected.errors());
        }
        if (e instanceof NotFoundException) {
            return Problem.of("not-found", "Not found", 404, e.getMessage());
        }
        if (e instanceof AccessDeniedException || e instanceof NotAllowedException) {
            return Problem.of("forbidden", "Forbidden", 403, e.getMessage());
        }
        if (e instanceof UnprocessableException) {
            return Problem.of("unprocessable", "Unprocessable", 422, e.getMessage());
        }
        if (e instanceof ClockStateException) {
            return Problem.of("conflict", "Conflict", 409, e.getMessage());
        }
        if (e instanceof TenantAlreadyExistsException) {
            return Problem.of("tenant-exists", "Conflict", 409, e.getMessage());
        }
        if (e instanceof IdempotencyConflictException) {
            return Problem.of("idempotency-key-reused", "Idempotency-Key reused", 422, e.getMessage());
        }
        if (e instanceof KeycloakDirectory.Refusal refusal) {
            return switch (refusal.reason()) {
                case TENANT_EXISTS -> Problem.of("tenant-exists", "Conflict", 409, "the tenant " + refusal.subject()
                        + " already has an organization in the identity provider");
                case NO_SUCH_TENANT -> Problem.of("not-found", "Not found", 404, "no tenant " + refusal.subject()
                        + " in the identity provider");
                case NO_SUCH_USER -> Problem.of("not-found", "Not found", 404, "no staff member " + refusal.subject());
                case USER_EXISTS -> Problem.of("user-exists", "Conflict", 409, "the user name " + refusal.subject()
                        + " is taken in the identity provider");
                case MEMBER_OF_ANOTHER_ORGANIZATION -> Problem.of("member-of-another-organization", "Conflict", 409,
                        "the user " + refusal.subject() + " already belongs to another organization");
                case ROLE_NOT_ASSIGNABLE -> Problem.of("role-not-assignable", "Bad request", 400,
                        "the role " + refusal.subject() + " is never given by a tenant");
                case DOMAIN_TAKEN -> Problem.of("domain-taken", "Conflict", 409, "the e-mail domain " + refusal.subject()
                        + " belongs to another organization");
            };
        }
        if (e instanceof IdentityProviderException provider) {
            if (provider.refused()) {
                return Problem.of("identity-provider-refused", "Unprocessable", 422, provider.getMessage());
            }
            LOG.log(Level.SEVERE, "the identity provider failed", e);
            return Problem.of("identity-provider-failed", "Bad gateway", 502, "the identity provider failed; it has been logged");
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return Problem.of("http-" + status, Response.Status.fromStatusCode(status) == null ? "Error"
                    : Response.Status.fromStatusCode(status).getReasonPhrase(), status, e.getMessage());
        }
        LOG.log(Level.SEVERE, "unexpected error", e);
        return Problem.of("internal-error", "Internal error", 500, "an unexpected error occurred; it has been logged");
    }

    /** Container and transaction wrappers hide the domain exception that says what went wrong. */
    private static Throwable unwrap(Throwable error) {
        Throwable current = error;
        for (int depth = 0; depth < 10 && current.getCause() != null; depth++) {
            if (isDomain(current)) {
                return current;
            }
            current = current.getCause();
        }
        return isDomain(current) ? current : error;
    }

    private static boolean isDomain(Throwable t) {
        return t instanceof InvalidInputException || t instanceof NotFoundException || t instanceof AccessDeniedException
                || t instanceof UnprocessableException || t instanceof TenantAlreadyExistsException
                || t instanceof IdempotencyConflictException || t instanceof WebApplicationException
                || t instanceof PolicyRejectedException || t instanceof ClockStateException
                || t instanceof NotAllowedException || t instanceof ContentTooLargeException
                || t instanceof TooManyRequestsException || t instanceof KeycloakDirectory.Refusal
                || t instanceof IdentityProviderException;
    }
}
