package com.mitpo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The package rules of DESIGN.md, on the compiled classes: a feature reaches another only through
 * its {@code boundary} (never its {@code control}, {@code entity} or {@code web}), a boundary's
 * public face holds no {@code control} type, and the platform knows no feature. The features are
 * read from the packages, so a new one is held to the rules from its first class.
 */
class ArchitectureTest {

    private static final String BASE = "com.mitpo";

    private static JavaClasses classes;

    @BeforeAll
    static void importTheProduct() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(BASE);
    }

    /** Every package right under the base except the platform: account, brand, creative, billing, and whatever comes next. */
    static List<String> features() {
        return classes.stream().map(JavaClass::getPackageName).filter(p -> p.startsWith(BASE + "."))
                .map(p -> p.substring(BASE.length() + 1).split("\\.")[0]).filter(f -> !f.equals("platform"))
                .distinct().sorted().toList();
    }

    @Test
    void theFeaturesAreFoundInThePackages() {
        assertTrue(features().containsAll(List.of("account", "billing", "brand", "creative")), features().toString());
    }

    @ParameterizedTest
    @MethodSource("features")
    void otherFeaturesReachThisOneOnlyThroughItsBoundary(String feature) {
        ArchRule rule = noClasses().that().resideInAPackage(BASE + "..")
                .and().resideOutsideOfPackage(BASE + "." + feature + "..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + "." + feature + ".control..",
                        BASE + "." + feature + ".entity..", BASE + "." + feature + ".web..")
                .because("a feature is reached only through its boundary (DESIGN.md)");
        rule.check(classes);
    }

    @Test
    void aBoundaryHandsOutNoControlType() {
        codeUnits().that().arePublic().and().areDeclaredInClassesThat().resideInAPackage(BASE + "..boundary..")
                .should(exposeNoTypeFrom(BASE + "..control.."))
                .because("what a boundary takes and returns is its feature's data, not its machinery")
                .check(classes);
    }

    @Test
    void thePlatformKnowsNoFeature() {
        noClasses().that().resideInAPackage(BASE + ".platform..")
                .should().dependOnClassesThat().resideInAnyPackage(features().stream().map(f -> BASE + "." + f + "..")
                        .toArray(String[]::new))
                .because("features build on the platform, never the other way round")
                .check(classes);
    }

    /** Neither the return type nor a parameter, nor any type argument of them ({@code List<Proposal>}), is from the packages. */
    private static ArchCondition<JavaCodeUnit> exposeNoTypeFrom(String packages) {
        DescribedPredicate<JavaClass> inside = JavaClass.Predicates.resideInAPackage(packages);
        return new ArchCondition<>("expose no type from " + packages + " in its signature") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                Stream.concat(Stream.of(unit.getReturnType()), unit.getParameterTypes().stream())
                        .flatMap(type -> type.getAllInvolvedRawTypes().stream()).filter(inside).distinct()
                        .forEach(type -> events.add(SimpleConditionEvent.violated(unit,
                                unit.getFullName() + " exposes " + type.getName())));
            }
        };
    }
}
