package dk.trekant;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Trekant is packaged by feature. The platform serves every feature and knows none of them; the
 * demo data uses the features and no feature uses it; features do not form cycles.
 */
@AnalyzeClasses(packages = "dk.trekant", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule platformKnowsNoFeature = noClasses().that().resideInAPackage("dk.trekant.platform..")
            .should().dependOnClassesThat().resideInAnyPackage("dk.trekant.partner..", "dk.trekant.individual..",
                    "dk.trekant.targeted..", "dk.trekant.general..", "dk.trekant.hours..", "dk.trekant.reporting..", "dk.trekant.privacy..",
                    "dk.trekant.demo..", "dk.trekant.intake..");

    /** The intake pipeline's shared parts (the one receipt and answer) serve every intake and know none. */
    @ArchTest
    static final ArchRule intakeKnowsNoFeature = noClasses().that().resideInAPackage("dk.trekant.intake..")
            .should().dependOnClassesThat().resideInAnyPackage("dk.trekant.partner..", "dk.trekant.individual..",
                    "dk.trekant.targeted..", "dk.trekant.general..", "dk.trekant.hours..", "dk.trekant.reporting..",
                    "dk.trekant.demo..");

    @ArchTest
    static final ArchRule nothingDependsOnDemoData = noClasses().that().resideOutsideOfPackage("dk.trekant.demo..")
            .should().dependOnClassesThat().resideInAPackage("dk.trekant.demo..");

    @ArchTest
    static final ArchRule featuresFormNoCycles = slices().matching("dk.trekant.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule camundaInternalsStayOutOfMainCode = noClasses().should().dependOnClassesThat(
                    resideInAPackage("org.camunda.bpm.engine.impl..")
                            // the return type of the public IdentityService.getCurrentAuthentication()
                            .and(not(type(org.camunda.bpm.engine.impl.identity.Authentication.class))))
            .because("Trekant keeps to Camunda's public API, so that a move to Operaton stays a rename");
}
