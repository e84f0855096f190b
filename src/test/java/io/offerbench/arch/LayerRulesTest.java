package io.offerbench.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of docs/architecture.md, checked on the compiled classes so they cannot drift. */
class LayerRulesTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.offerbench");
    }

    @Test
    void coreUsesNoJavaFxNoSqlAndNoFiles() {
        noClasses().that().resideInAnyPackage("io.offerbench.domain..", "io.offerbench.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "java.io..", "java.nio.file..")
                .because("domain and scoring are pure: no GUI, no database, no file access")
                .check(classes);
    }

    @Test
    void innerLayersDoNotCallOutward() {
        noClasses().that().resideInAnyPackage("io.offerbench.domain..", "io.offerbench.scoring..", "io.offerbench.store..",
                        "io.offerbench.exchange..", "io.offerbench.charts..", "io.offerbench.cli..", "io.offerbench.app..",
                        "io.offerbench.review..")
                .should().dependOnClassesThat().resideInAnyPackage("io.offerbench.ui..")
                .check(classes);
        // Review mode sits above app and exchange (it scores snapshots and reads comparison files);
        // nothing below it may call it, so the window and the command line can both build on it.
        noClasses().that().resideInAnyPackage("io.offerbench.domain..", "io.offerbench.scoring..", "io.offerbench.store..",
                        "io.offerbench.exchange..", "io.offerbench.app..", "io.offerbench.charts..")
                .should().dependOnClassesThat().resideInAnyPackage("io.offerbench.review..")
                .check(classes);
        noClasses().that().resideInAnyPackage("io.offerbench.domain..", "io.offerbench.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage("io.offerbench.store..", "io.offerbench.exchange..",
                        "io.offerbench.charts..", "io.offerbench.cli..")
                .check(classes);
    }

    @Test
    void chartsBuildChartsNotJavaFxNodes() {
        noClasses().that().resideInAPackage("io.offerbench.charts..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..", "java.sql..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void noPackageDependsOnItselfThroughAnother() {
        slices().matching("io.offerbench.(**)").should().beFreeOfCycles()
                .because("each package can then be read, tested and changed from the bottom up")
                .check(classes);
    }

    @Test
    void onlyTheTasksServiceMakesThreads() {
        noClasses().that().resideOutsideOfPackage("io.offerbench.ui.tasks..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.Executors")
                .orShould().callConstructorWhere(com.tngtech.archunit.core.domain.JavaConstructorCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                com.tngtech.archunit.base.DescribedPredicate.describe("a Thread",
                                        c -> c.isAssignableTo(Thread.class)))))
                .because("one owner creates and shuts down every background thread (ui.tasks)")
                .check(classes);
    }

    @Test
    void programNeverOpensNetworkConnections() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.net.http..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.Socket")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.URLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.HttpURLConnection")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.DatagramSocket")
                .because("offers are private: OfferBench never touches the network")
                .check(classes);
    }
}
