package se.klusterportalen.tenancy;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires both tenancy walls into JPA. See docs/adr/0002-tenancy.md. */
@Configuration
class TenancyConfiguration {

    @Bean
    HibernatePropertiesCustomizer regionTenantResolver() {
        return properties -> properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, new RegionTenantResolver());
    }

    @Bean
    PlatformTransactionManager transactionManager(EntityManagerFactory entityManagerFactory,
                                                  ObjectProvider<TransactionManagerCustomizers> customizers) {
        var transactionManager = new RowLevelSecurityTransactionManager(entityManagerFactory);
        customizers.ifAvailable(c -> c.customize(transactionManager));
        return transactionManager;
    }
}
