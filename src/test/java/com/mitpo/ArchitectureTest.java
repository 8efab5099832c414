package com.mitpo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The package rules of DESIGN.md, on the compiled classes: a feature reaches another only through
 * its {@code boundary} (never its {@code control}, {@code entity} or {@code web}), and the
 * platform knows no feature.
 */
class ArchitectureTest {

    static final List<String> FEATURES = List.of("account", "brand", "creative", "billing");

    private static JavaClasses classes;

    @BeforeAll
    static void importTheProduct() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.mitpo");
    }

    static List<String> features() {
        return FEATURES;
    }

    @ParameterizedTest
    @MethodSource("features")
    void otherFeaturesReachThisOneOnlyThroughItsBoundary(String feature) {
        ArchRule rule = noClasses().that().resideInAPackage("com.mitpo..")
                .and().resideOutsideOfPackage("com.mitpo." + feature + "..")
                .should().dependOnClassesThat().resideInAnyPackage("com.mitpo." + feature + ".control..",
                        "com.mitpo." + feature + ".entity..", "com.mitpo." + feature + ".web..")
                .because("a feature is reached only through its boundary (DESIGN.md)");
        rule.check(classes);
    }

    @Test
    void aBoundaryHandsOutNoControlType() {
        noMethods().that().arePublic().and().areDeclaredInClassesThat().resideInAPackage("com.mitpo..boundary..")
                .should().haveRawReturnType(JavaClass.Predicates.resideInAPackage("com.mitpo..control.."))
                .because("what a boundary returns is its feature's data, not its machinery")
                .check(classes);
    }

    @Test
    void thePlatformKnowsNoFeature() {
        noClasses().that().resideInAPackage("com.mitpo.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES.stream().map(f -> "com.mitpo." + f + "..")
                        .toArray(String[]::new))
                .because("features build on the platform, never the other way round")
                .check(classes);
    }
}
