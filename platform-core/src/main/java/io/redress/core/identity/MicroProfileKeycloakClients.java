package io.redress.core.identity;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Configuration;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.keycloak.admin.client.spi.ResteasyClientProvider;

import javax.net.ssl.SSLContext;

/**
 * keycloak-admin-client on the server's own REST clients instead of the RESTEasy it ships with: in the WAR, a
 * second RESTEasy breaks Liberty's (see docs/KEYCLOAK.md), so RESTEasy is left out of it and this implementation
 * of the admin client's SPI is named in the WAR's {@code META-INF/services}.
 *
 * <p>The plain client is the server's Jakarta REST client; the admin client's resource interfaces (with their
 * sub-resource locators) become proxies through MicroProfile Rest Client, carrying over what the admin client
 * registered on the target (its bearer-token filter) and the client (the JSON body handler).
 */
public final class MicroProfileKeycloakClients implements ResteasyClientProvider {

    /**
     * Error answers come back as the {@code Response} the admin client inspects (a 409 on a user that exists),
     * not as the exception MicroProfile Rest Client's default mapper would throw for every status from 400.
     */
    static final String DISABLE_DEFAULT_MAPPER = "microprofile.rest.client.disable.default.mapper";

    @Override
    public Client newRestEasyClient(Object customJacksonProvider, SSLContext sslContext, boolean disableTrustManager) {
        if (disableTrustManager) {
            throw new IllegalArgumentException("Keycloak's certificate is always verified");
        }
        ClientBuilder builder = ClientBuilder.newBuilder();
        if (sslContext != null) {
            builder.sslContext(sslContext);
        }
        return builder.register(customJacksonProvider != null ? customJacksonProvider : new KeycloakJson()).build();
    }

    @Override
    public <R> R targetProxy(WebTarget target, Class<R> resource) {
        RestClientBuilder builder = RestClientBuilder.newBuilder().baseUri(target.getUri())
                .property(DISABLE_DEFAULT_MAPPER, true);
        Configuration configuration = target.getConfiguration();
        configuration.getInstances().forEach(builder::register);
        configuration.getClasses().stream()
                .filter(c -> configuration.getInstances().stream().noneMatch(c::isInstance))
                .forEach(builder::register);
        return builder.build(resource);
    }
}
