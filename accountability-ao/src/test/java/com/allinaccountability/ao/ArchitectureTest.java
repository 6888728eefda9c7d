package com.allinaccountability.ao;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The store runs on AO's library alone, so the Jira plugin and the sandbox can both use it. */
@AnalyzeClasses(packages = "com.allinaccountability.ao", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule nothingFromAtlassian = noClasses().should().dependOnClassesThat()
            .resideInAPackage("com.atlassian..")
            .because("Jira's ActiveObjects service is reached only through AoSession, implemented in the plugin");

    @ArchTest
    static final ArchRule nothingFromTheHostsOrTheWeb = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.allinaccountability.sandbox..", "com.allinaccountability.jira..",
                    "com.allinaccountability.confluence..", "com.allinaccountability.web..")
            .because("dependencies point downward only: core <- ao <- web <- hosts (ARCHITECTURE.md)");
}
