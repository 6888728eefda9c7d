package com.allinaccountability.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core is plain Java: no host, persistence, web or template framework may leak into it. */
@AnalyzeClasses(packages = "com.allinaccountability.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule core_imports_no_framework = noClasses()
            .that().resideInAPackage("com.allinaccountability.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.atlassian..", "net.java.ao..", "jakarta.ws.rs..", "javax.ws.rs..", "org.eclipse.jetty..",
                    "org.apache.velocity..", "com.opensymphony..", "jakarta.servlet..", "javax.servlet..",
                    "com.fasterxml.jackson..", "org.glassfish..")
            .because("the core must run unchanged in Jira, Confluence and the sandbox (ARCHITECTURE.md)");

    @ArchTest
    static final ArchRule the_model_depends_on_nothing_else_of_ours = noClasses()
            .that().resideInAPackage("com.allinaccountability.core.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.allinaccountability.core.service..", "com.allinaccountability.core.rules..")
            .because("the model is plain values; rules and services build on it, not the other way round");

    @ArchTest
    static final ArchRule rules_do_not_depend_on_services = noClasses()
            .that().resideInAPackage("com.allinaccountability.core.rules..")
            .should().dependOnClassesThat().resideInAPackage("com.allinaccountability.core.service..")
            .because("rules are named policy functions the services call; a rule reaching back into a service would"
                    + " put one rule in two places");

    @ArchTest
    static final ArchRule no_package_cycles = slices()
            .matching("com.allinaccountability.core.(**)")
            .should().beFreeOfCycles()
            .because("each concept's package builds on those below it; a cycle makes them one package in disguise");

    @ArchTest
    static final ArchRule no_host_types = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.allinaccountability.sandbox..", "com.allinaccountability.jira..",
                    "com.allinaccountability.confluence..")
            .because("dependencies point downward only: core <- ao <- web <- hosts (ARCHITECTURE.md)");
}
