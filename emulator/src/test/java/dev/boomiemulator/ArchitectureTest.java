package dev.boomiemulator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of docs/ARCHITECTURE.md, kept honest. */
@AnalyzeClasses(packages = "dev.boomiemulator", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule api_families_never_import_each_other = slices()
            .matching("dev.boomiemulator.(platform|connectnow|dataintegration)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule common_is_a_leaf = noClasses().that().resideInAPackage("dev.boomiemulator.common..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.boomiemulator.db..", "dev.boomiemulator.accounts..", "dev.boomiemulator.domain..",
                    "dev.boomiemulator.fixtures..", "dev.boomiemulator.server..", "dev.boomiemulator.junit..",
                    "dev.boomiemulator.platform..", "dev.boomiemulator.connectnow..", "dev.boomiemulator.dataintegration..");

    @ArchTest
    static final ArchRule only_the_shell_and_the_junit_extension_use_the_server = noClasses()
            .that().resideOutsideOfPackages("dev.boomiemulator.server..", "dev.boomiemulator.junit..")
            .should().dependOnClassesThat().resideInAPackage("dev.boomiemulator.server..");

    @ArchTest
    static final ArchRule shared_domain_knows_no_api_family_or_http = noClasses()
            .that().resideInAPackage("dev.boomiemulator.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "dev.boomiemulator.platform..", "dev.boomiemulator.connectnow..",
                    "dev.boomiemulator.dataintegration..", "io.javalin..")
            .allowEmptyShould(true);
}
