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
}
