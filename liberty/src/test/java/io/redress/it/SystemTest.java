package io.redress.it;

import org.jboss.arquillian.test.api.ArquillianResource;

import java.net.URI;
import java.net.URL;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the system tests share: the deployment's address, clients without and with the platform administrator's
 * credentials, staff created by a tenant's administrator, and a transition's body. Each test class names its own
 * deployment.
 */
abstract class SystemTest {

    @ArquillianResource
    URL base;

    RestClient anonymous() {
        return RestClient.at(URI.create(base.toString()));
    }

    RestClient admin() {
        return anonymous().as("admin", SystemIT.ADMIN_PASSWORD);
    }

    /** The password the tests give a member of staff. */
    static String password(String username) {
        return username + "-secret-1";
    }

    /**
     * A member of staff created by the tenant's administrator, signed in as them.
     *
     * @param profile more fields of the request, each after a comma, e.g. {@code , "unit": "SEA_CENTRE"}; or empty
     */
    RestClient staff(String slug, RestClient boss, String username, String role, String profile) {
        RestClient.Reply created = boss.post("api/v1/tenants/" + slug + "/staff", """
                {"username": "%s", "password": "%s", "roles": ["%s"]%s}""".formatted(username, password(username), role, profile));
        assertEquals(201, created.status(), created::toString);
        return anonymous().as(username, password(username));
    }

    static String act(String action) {
        return "{\"action\": \"" + action + "\"}";
    }
}
