package io.offerbench.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.offerbench.cli.Cli;
import io.offerbench.ui.main.App;
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
                .check(classes);
    }

    @Test
    void layersOnlyCallDownward() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Domain").definedBy("io.offerbench.domain..")
                .layer("Scoring").definedBy("io.offerbench.scoring..")
                .layer("Text").definedBy("io.offerbench.text..")
                .layer("Store").definedBy("io.offerbench.store..")
                // The bundled tax, cost-of-living and rate tables: read from resources with only the
                // core beneath them, so the scoring inputs (app) can load them like the store's tables.
                .layer("Datasets").definedBy("io.offerbench.exchange.money..")
                .layer("App").definedBy("io.offerbench.app..")
                .layer("Charts").definedBy("io.offerbench.charts..")
                .layer("Exchange").definedBy(resideInAPackage("io.offerbench.exchange..")
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(resideInAPackage("io.offerbench.exchange.money.."))))
                .layer("Review").definedBy("io.offerbench.review..")
                .layer("Cli").definedBy("io.offerbench.cli..")
                .layer("Ui").definedBy("io.offerbench.ui..")
                .layer("Launcher").definedBy("io.offerbench")
                .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Launcher")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Launcher", "Ui")
                .whereLayer("Review").mayOnlyBeAccessedByLayers("Cli", "Ui")
                .whereLayer("Exchange").mayOnlyBeAccessedByLayers("Review", "Cli", "Ui")
                .whereLayer("Charts").mayOnlyBeAccessedByLayers("Exchange", "Review", "Cli", "Ui")
                .whereLayer("App").mayOnlyBeAccessedByLayers("Charts", "Exchange", "Review", "Cli", "Ui")
                .whereLayer("Datasets").mayOnlyBeAccessedByLayers("App", "Charts", "Exchange", "Review", "Cli", "Ui")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("App", "Datasets", "Charts", "Exchange", "Review", "Cli", "Ui")
                .whereLayer("Text").mayOnlyBeAccessedByLayers("Store", "Datasets", "App", "Charts", "Exchange", "Review", "Cli",
                        "Ui", "Launcher")
                .whereLayer("Scoring").mayOnlyBeAccessedByLayers("Text", "Store", "Datasets", "App", "Charts", "Exchange", "Review",
                        "Cli", "Ui")
                .because("domain < scoring < text < store < app < charts/exchange < review < cli/ui: each layer only calls below it")
                .check(classes);
    }

    @Test
    void domainDependsOnTheJdkAndItselfOnly() {
        classes().that().resideInAPackage("io.offerbench.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.offerbench.domain..", "java..")
                .because("the domain is the vocabulary every layer shares; it can depend on no layer and no library")
                .check(classes);
    }

    @Test
    void viewModelsDrawNothing() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.animation..")
                .because("a view model holds state and rules, testable without a window; controllers own the controls")
                .check(classes);
    }

    @Test
    void viewModelsAreHandedPortsNotTheWholeWorkspace() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().haveFullyQualifiedName("io.offerbench.ui.session.Workspace")
                .because("a view model gets only what it uses (OfferBook, StatusLine, ScoringModel, UndoHistory, BackgroundWork,"
                        + " a repository, the Clock), so a test can hand it exactly that and its dependencies stay visible")
                .check(classes);
    }

    @Test
    void noPackageDependsOnItselfThroughAnother() {
        slices().matching("io.offerbench.(**)").should().beFreeOfCycles()
                .because("each package can then be read, tested and changed from the bottom up")
                .check(classes);
    }

    @Test
    void everythingReadsTheTimeFromTheOneClockItIsHanded() {
        noClasses().that().resideInAPackage("io.offerbench..")
                .and(com.tngtech.archunit.base.DescribedPredicate.not(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf(App.class, Cli.class)))
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaMethodCall.Predicates.target(SYSTEM_CLOCK))
                .because("App (the window) and Cli (the command line) each make the program's one Clock and hand it down"
                        + " (Workspace.clock(), Database.clock(), DatabaseOption.clock()), so tests can fix the date")
                .check(classes);
    }

    /**
     * A read of the system's clock: a {@code now()} or {@code now(ZoneId)} anywhere in {@code java.time}
     * ({@code Instant}, {@code LocalDate}, {@code LocalDateTime}, {@code ZonedDateTime}, {@code Year}…),
     * {@code Clock.system*()}, or {@code System.currentTimeMillis()}. ({@code System.nanoTime()} is no date:
     * it only measures and makes names unique.)
     */
    static final com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.AccessTarget.CodeUnitCallTarget>
            SYSTEM_CLOCK = com.tngtech.archunit.base.DescribedPredicate.describe(
                    "the system clock (now(), Clock.system*(), System.currentTimeMillis())",
                    m -> m.getName().equals("now") && m.getOwner().getPackageName().equals("java.time")
                            && (m.getRawParameterTypes().isEmpty() || m.getRawParameterTypes().get(0).isEquivalentTo(java.time.ZoneId.class))
                    || m.getOwner().isEquivalentTo(java.time.Clock.class) && m.getName().startsWith("system")
                    || m.getOwner().isEquivalentTo(System.class) && m.getName().equals("currentTimeMillis"));

    @Test
    void noOneMakesADateFromTheSystemClock() {
        noClasses().that().resideInAPackage("io.offerbench..")
                .should().callConstructor(java.util.Date.class)
                .because("a new Date() reads the system clock; take the time from the Clock you are handed")
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
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.net.ServerSocket")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.nio.channels.spi..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.SocketChannel")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.ServerSocketChannel")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.DatagramChannel")
                .orShould().callMethod(java.net.URL.class, "openStream")
                .orShould().callMethod(java.net.URL.class, "openConnection")
                .because("offers are private: OfferBench never touches the network")
                .check(classes);
    }
}
