package io.redress.core.persistence;

import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The base of every entity a tenant owns. Its {@code tenant_id} column is not mapped as a field: EclipseLink fills
 * it on insert and adds it to every query and {@code find} from the transaction's {@link Tenancy} binding, and it is
 * part of the primary key, as in the schema.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = Tenancy.PROPERTY, primaryKey = true)
public abstract class TenantOwned {
}
