/** The region as tenant: the current region, Hibernate's tenant id, row-level security, region-owned entities. */
@NullMarked
package se.klusterportalen.tenancy;

import org.jspecify.annotations.NullMarked;
