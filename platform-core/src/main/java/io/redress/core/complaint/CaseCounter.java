package io.redress.core.complaint;

import io.redress.core.persistence.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** The last case number given on one day, locked while the next is taken so that no two cases share one. */
@Entity
@Table(name = "case_counter")
public class CaseCounter extends TenantOwned {

    @Id
    @Column(name = "case_day")
    private LocalDate day;
    @Column(name = "last_value", nullable = false)
    private int lastValue;

    protected CaseCounter() {
    }

    CaseCounter(LocalDate day) {
        this.day = day;
        this.lastValue = 0;
    }

    int next() {
        return ++lastValue;
    }
}
