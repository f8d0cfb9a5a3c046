package io.redress.core.policy;

import io.redress.core.persistence.TenantOwned;
import io.redress.plugin.api.ExchangeRates;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

/** A tenant's exchange rates: one unit of each currency in units of the base (CNY for the templates). */
@Entity
@Table(name = "exchange_rate_table")
public class ExchangeRateTable extends TenantOwned {

    /** One row per tenant: the tenant column is the key, this constant completes the JPA identity. */
    public static final String CURRENT = "CURRENT";

    @Id
    private String scope;
    @Column(nullable = false)
    private String base;
    @Column(nullable = false)
    private String rates;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ExchangeRateTable() {
    }

    public ExchangeRateTable(ExchangeRates rates, Instant at) {
        this.scope = CURRENT;
        replace(rates, at);
    }

    public final void replace(ExchangeRates exchangeRates, Instant at) {
        this.base = exchangeRates.base().getCurrencyCode();
        JsonObjectBuilder json = Json.createObjectBuilder();
        exchangeRates.rates().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(Currency::getCurrencyCode)))
                .forEach(e -> json.add(e.getKey().getCurrencyCode(), e.getValue().toPlainString()));
        this.rates = json.build().toString();
        this.updatedAt = at;
    }

    /** The rates as stored: compact JSON text, currencies in order. */
    String ratesText() {
        return Json.createObjectBuilder().add("base", base).add("rates", Json.createReader(new StringReader(rates)).readObject())
                .build().toString();
    }

    public ExchangeRates rates() {
        JsonObject json = Json.createReader(new StringReader(rates)).readObject();
        Map<Currency, BigDecimal> map = new LinkedHashMap<>();
        json.forEach((code, value) -> map.put(Currency.getInstance(code), new BigDecimal(((JsonString) value).getString())));
        return new ExchangeRates(Currency.getInstance(base), map);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
