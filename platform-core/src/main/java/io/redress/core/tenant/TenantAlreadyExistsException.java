package io.redress.core.tenant;

/** The slug is taken: slugs name tenants in every path and can never be shared. */
public class TenantAlreadyExistsException extends RuntimeException {
    public TenantAlreadyExistsException(String slug) {
        super("a tenant with the slug '" + slug + "' already exists");
    }
}
