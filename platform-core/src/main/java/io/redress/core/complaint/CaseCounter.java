package io.redress.core.complaint;

import io.redress.core.persistence.Tenancy;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

import java.time.LocalDate;

/** The last case number given on one day, locked while the next is taken so that no two cases share one. */
@Entity
@Table(name = "case_counter")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY, primaryKey = true)
public class CaseCounter {

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
