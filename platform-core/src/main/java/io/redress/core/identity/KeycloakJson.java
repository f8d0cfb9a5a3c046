package io.redress.core.identity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * JSON of Keycloak's admin API, read and written with Jackson: its representations are Jackson-annotated
 * ({@code access_token}, {@code @JsonAnySetter}), which the server's JSON-B would not honour. The mapper is set up
 * as the admin client's own {@code JacksonProvider} sets up its one (no nulls written, unknown properties ignored).
 *
 * <p>Registered on the admin client's REST clients only, and deliberately not a {@code @Provider}: Liberty scans
 * the application for providers, and this one must not take over the JSON of Redress's own API. For the same
 * reason the Jackson library's {@code JacksonJsonProvider} (a {@code @Provider}) is not in the WAR.
 */
public final class KeycloakJson implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    private final ObjectMapper mapper = new ObjectMapper()
            .findAndRegisterModules()
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && !String.class.equals(type) && !InputStream.class.isAssignableFrom(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws java.io.IOException {
        return mapper.readValue(body, mapper.getTypeFactory().constructType(genericType));
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && !String.class.equals(type);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream body) throws java.io.IOException {
        mapper.writerFor(mapper.getTypeFactory().constructType(genericType)).writeValue(body, value);
    }

    private static boolean isJson(MediaType mediaType) {
        return mediaType != null && (mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || mediaType.getSubtype().endsWith("+json"));
    }
}
