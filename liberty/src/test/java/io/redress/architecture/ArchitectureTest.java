package io.redress.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.redress.core.persistence.TenantOwned;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dependency direction of ARCHITECTURE.md, checked on the classes that make up the application:
 * {@code plugins/* -> plugin-api <- platform-core <- ui-vaadin}.
 */
class ArchitectureTest {

    private static JavaClasses redress;

    @BeforeAll
    static void importClasses() {
        redress = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.redress");
        // guard against an empty import, which would make every rule pass vacuously
        for (String pkg : new String[] {"io.redress.plugin.api", "io.redress.core", "io.redress.ui", "io.redress.plugins"}) {
            assertTrue(redress.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)), "no classes found in " + pkg);
        }
    }

    @Test
    void pluginApiDependsOnNothingButTheJdk() {
        classes().that().resideInAPackage("io.redress.plugin.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.redress.plugin.api..")
                .check(redress);
    }

    @Test
    void pluginsDependOnPluginApiOnly() {
        classes().that().resideInAPackage("io.redress.plugins..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.redress.plugin.api..", "io.redress.plugins..")
                .check(redress);
    }

    @Test
    void coreNeverDependsOnAConcretePluginOrTheUi() {
        noClasses().that().resideInAPackage("io.redress.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.redress.plugins..", "io.redress.ui..", "com.vaadin..")
                .check(redress);
    }

    @Test
    void theUiNeverTouchesPersistence() {
        noClasses().that().resideInAPackage("io.redress.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "io.redress.core.persistence..",
                        "io.redress.plugins..")
                .check(redress);
    }

    /**
     * Jakarta REST serves the API; the one other user is the client side of the Keycloak mode, whose admin client
     * (keycloak-admin-client) answers in Jakarta REST responses and runs on the server's REST clients: those classes
     * carry Keycloak in their names, and IdentityProviderException reads Keycloak's refusals.
     */
    @Test
    void onlyTheApiUsesJaxRs() {
        noClasses().that().resideInAPackage("io.redress.core..").and().resideOutsideOfPackage("io.redress.core.api..")
                .and().haveSimpleNameNotContaining("Keycloak").and().doNotHaveSimpleName("IdentityProviderException")
                .should().dependOnClassesThat().resideInAPackage("jakarta.ws.rs..")
                .check(redress);
    }

    /** Isolation by construction: an entity is tenant-owned unless it is the tenant itself or above tenants. */
    @Test
    void everyEntityButTenantAndPlatformUserIsTenantOwned() {
        classes().that().areAnnotatedWith(Entity.class)
                .and().doNotHaveFullyQualifiedName("io.redress.core.tenant.Tenant")
                .and().doNotHaveFullyQualifiedName("io.redress.core.identity.PlatformUser")
                .should().beAssignableTo(TenantOwned.class)
                .check(redress);
    }

    @Test
    void featurePackagesOfCoreHaveNoCycles() {
        slices().matching("io.redress.core.(*)..").should().beFreeOfCycles().check(redress);
    }
}
