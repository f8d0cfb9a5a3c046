package io.redress.core.api;

import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;

/** The language of labels in a response: the caller's Accept-Language if it names zh or en, else the tenant's. */
final class Languages {

    private Languages() {
    }

    static Locale of(HttpHeaders headers, Locale tenantLocale) {
        for (Locale wanted : headers.getAcceptableLanguages()) {
            if ("zh".equals(wanted.getLanguage()) || "en".equals(wanted.getLanguage())) {
                return wanted;
            }
        }
        return tenantLocale;
    }
}
