package com.allinaccountability.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The web layer is host-neutral: the same resources, views and templates serve Jira and the sandbox, on whatever
 * JAX-RS implementation and server the host runs, reading records only through the core's ports.
 */
@AnalyzeClasses(packages = "com.allinaccountability.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

    @ArchTest
    static final ArchRule no_host_store_or_server_types = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.atlassian..", "net.java.ao..", "org.eclipse.jetty..", "org.glassfish.jersey..")
            .because("the host supplies the user, rights and issue facts through the core's ports, the store lives"
                    + " in accountability-ao, and the JAX-RS API (jakarta.ws.rs) is all the resources may use");

    @ArchTest
    static final ArchRule no_host_types = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "com.allinaccountability.sandbox..", "com.allinaccountability.jira..",
                    "com.allinaccountability.confluence..")
            .because("dependencies point downward only: core <- ao <- web <- hosts (ARCHITECTURE.md)");
}
