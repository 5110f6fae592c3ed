package id.kesos;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of ARCHITECTURE.md: core has no screen, the UI never touches the database directly. */
class ArsitekturTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("id.kesos");
    }

    @Test
    void coreImportsNeitherJavaFxNorUiNorCli() {
        noClasses().that().resideInAPackage("id.kesos.core..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "id.kesos.ui..", "id.kesos.cli..", "atlantafx..",
                        "org.controlsfx..")
                .check(classes);
    }

    @Test
    void uiGoesThroughCoreServicesNotJooq() {
        noClasses().that().resideInAPackage("id.kesos.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "id.kesos.core.db.jooq..", "java.sql..", "id.kesos.cli..")
                .check(classes);
    }

    @Test
    void cliDoesNotUseJavaFx() {
        noClasses().that().resideInAPackage("id.kesos.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "id.kesos.ui..")
                .check(classes);
    }

    @Test
    void generatedJooqClassesStayInsideCoreRepositories() {
        noClasses().that().resideOutsideOfPackage("id.kesos.core..")
                .should().dependOnClassesThat().resideInAPackage("id.kesos.core.db.jooq..")
                .check(classes);
    }

    /** Printing dialogs and images for the screen live in ui (ui.cetak); core builds documents only. */
    @Test
    void coreUsesNoAwtOrSwing() {
        noClasses().that().resideInAPackage("id.kesos.core..")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..")
                .check(classes);
    }

    /** A ViewModel holds state (properties and collections) and calls core; controls and windows are the view's. */
    @Test
    void viewModelsHaveNoControlsOrWindows() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
    }

    /** The feature packages of core depend on each other in one direction only: no cycles. */
    @Test
    void coreFeaturePackagesHaveNoCycles() {
        slices().matching("id.kesos.core.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * A repository belongs to its feature: other features, the UI and the command line go through
     * that feature's service, which keeps the rules (validation, locks, audit) in one place.
     */
    @Test
    void repositoriesAreUsedOnlyInsideTheirFeature() {
        classes().that().haveSimpleNameEndingWith("Repository").should(new ArchCondition<JavaClass>("be used only in their own package") {
            @Override
            public void check(JavaClass repo, ConditionEvents events) {
                for (Dependency d : repo.getDirectDependenciesToSelf()) {
                    JavaClass dari = d.getOriginClass();
                    if (!dari.getPackageName().equals(repo.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        }).check(classes);
    }

    /** One letterhead: the notula, the PDF recaps and the Excel recaps all draw it through cetak.KopSurat. */
    @Test
    void everyDocumentDrawsTheOneLetterhead() {
        for (String dokumen : java.util.List.of("id.kesos.core.rapat.NotulaPdf", "id.kesos.core.rekap.PdfLaporan", "id.kesos.core.rekap.LembarResmi")) {
            boolean pakaiKop = classes.stream().filter(c -> c.getName().equals(dokumen) || c.getName().startsWith(dokumen + "$"))
                    .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                    .anyMatch(d -> d.getTargetClass().getName().equals("id.kesos.core.cetak.KopSurat"));
            org.junit.jupiter.api.Assertions.assertTrue(pakaiKop, dokumen + " draws its letterhead itself instead of through KopSurat");
        }
    }
}
