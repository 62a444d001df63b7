package lodestone.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the module directions of ARCHITECTURE.md and the rules inside modules: model depends on the JDK only; store,
 * risk, sim depend on model; risk and sim never touch the store, a database, the network or files (sim not even
 * {@code java.io}); plan uses model, risk and sim only, touches no store, database, network or file, and keeps the
 * solver to itself; only the faces use the report layer, and the faces do not compute (they ask the report layer and
 * render its records); the packages of the store and of the report layer have no cycles; the screen is pure
 * computation over model, sim and plan, used by the app (and the Spark runner, outside this build) alone; the app never
 * depends on Spark; nothing depends on the app.
 */
class ModuleDirectionTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("lodestone");
    }

    @Test
    void theModelDependsOnTheJdkAndJSpecifyOnly() {
        // JSpecify's @NullMarked on each package (docs/adr/0005): annotations only, no code
        ArchRuleDefinition.classes()
                .that()
                .resideInAPackage("lodestone.model..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("lodestone.model..", "java..", "org.jspecify.annotations..")
                .check(classes);
    }

    /** What the pure modules never touch: the store, the faces, a database, the network, files. */
    private static final String[] IMPURE = {
        "lodestone.store..",
        "lodestone.app..",
        "lodestone.report..",
        "java.sql..",
        "java.net..",
        "java.io..",
        "java.nio.file..",
        "org.duckdb.."
    };

    @Test
    void riskIsPureAnalytics() {
        noClasses()
                .that()
                .resideInAPackage("lodestone.risk..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(IMPURE)
                .check(classes);
    }

    /** The simulator, besides, knows nothing of risk: the report layer hands it the dependency query's answers. */
    @Test
    void simIsPureComputation() {
        noClasses()
                .that()
                .resideInAPackage("lodestone.sim..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(IMPURE)
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage("lodestone.risk..")
                .check(classes);
    }

    @Test
    void planIsPureComputationOverModelRiskAndSim() {
        noClasses()
                .that()
                .resideInAPackage("lodestone.plan..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "lodestone.store..",
                        "lodestone.app..",
                        "lodestone.news..",
                        "java.sql..",
                        "java.net..",
                        "java.nio.file..",
                        "org.duckdb..")
                .check(classes);
    }

    @Test
    void onlyThePlannersSolvePackageUsesTheSolver() {
        noClasses()
                .that()
                .resideOutsideOfPackage("lodestone.plan.solve..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.ojalgo..")
                .check(classes);
    }

    @Test
    void onlyTheAppDependsOnThePlanner() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "lodestone.model..",
                        "lodestone.store..",
                        "lodestone.risk..",
                        "lodestone.sim..",
                        "lodestone.news..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("lodestone.plan..")
                .check(classes);
    }

    @Test
    void theScreenIsPureComputationOverModelSimAndPlan() {
        noClasses()
                .that()
                .resideInAPackage("lodestone.screen..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "lodestone.store..",
                        "lodestone.app..",
                        "lodestone.news..",
                        "lodestone.spark..",
                        "org.apache.spark..",
                        "java.sql..",
                        "java.net..",
                        "java.nio.file..",
                        "org.duckdb..")
                .check(classes);
    }

    @Test
    void onlyTheAppUsesTheScreenAndNothingHereUsesSpark() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "lodestone.model..",
                        "lodestone.store..",
                        "lodestone.risk..",
                        "lodestone.sim..",
                        "lodestone.plan..",
                        "lodestone.news..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("lodestone.screen..")
                .check(classes);
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("lodestone.spark..", "org.apache.spark..", "scala..")
                .check(classes);
    }

    @Test
    void theStoreDoesNotDependOnAnalyticsOrFaces() {
        noClasses()
                .that()
                .resideInAPackage("lodestone.store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("lodestone.risk..", "lodestone.app..")
                .check(classes);
    }

    @Test
    void newsDependsOnNeitherTheStoreNorTheApp() {
        noClasses()
                .that()
                .resideInAPackage("lodestone.news..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("lodestone.store..", "lodestone.app..", "java.sql..", "org.duckdb..")
                .check(classes);
    }

    @Test
    void theStoreDoesNotDependOnNews() {
        noClasses()
                .that()
                .resideInAPackage("lodestone.store..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("lodestone.news..")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheApp() {
        noClasses()
                .that()
                .resideOutsideOfPackage("lodestone.app..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("lodestone.app..")
                .check(classes);
    }

    /**
     * Inside the store: the readers ({@code usgs}, {@code eucrm}, {@code wgi}, {@code curated}) use {@code importing}
     * and {@code reference}; the registry ({@code dataset}) uses the readers; the baseline, the database and the news
     * archive sit above them. No package cycles.
     */
    @Test
    void theStorePackagesHaveNoCycles() {
        slices().matching("lodestone.store.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** The packages of the pure modules, which compute: risk, sim, news, plan and the screen. */
    private static final String PURE = "lodestone\\.(risk|sim|news|plan|screen)(\\..*)?";

    /** The packages of the store. */
    private static final String STORE = "lodestone\\.store(\\..*)?";

    /**
     * The store's classes that are data access, not computation, and that the faces use as such: the database (open it,
     * read the knowledge into a snapshot, write a dataset already read and checked, its knowledge version; the cache of
     * snapshots read while a file is unchanged), the bundled
     * reference files (read once), the registry of dataset ids and folders, and an import's report (its problems and
     * row count, read). Everything else in the store (the readers of the source files, the baseline's builder, the news
     * review and archive, the migrations) is reached through the report layer.
     */
    private static final Set<String> STORE_ACCESS = Set.of(
            "lodestone.store.db.LodestoneStore",
            "lodestone.store.db.KnowledgeCache",
            "lodestone.store.reference.ReferenceData",
            "lodestone.store.dataset.Datasets",
            "lodestone.store.importing.ImportReport");

    /** @return true if the class, or the class it is nested in, is one of the store's data-access classes */
    private static boolean storeAccess(JavaClass c) {
        return STORE_ACCESS.contains(c.getName())
                || c.getEnclosingClass().map(ModuleDirectionTest::storeAccess).orElse(false);
    }

    /**
     * The classes that compute: the pure modules' and the store's (not their records, enums, interfaces or exceptions,
     * which are data, nor the store's data access, {@link #STORE_ACCESS}).
     */
    private static final DescribedPredicate<JavaClass> COMPUTING =
            new DescribedPredicate<>(
                    "computing classes of lodestone-risk, -sim, -news, -plan, -screen or -store (but its data access)") {
                @Override
                public boolean test(JavaClass c) {
                    boolean data = c.isRecord() || c.isEnum() || c.isInterface() || c.isAssignableTo(Throwable.class);
                    return !data
                            && (c.getPackageName().matches(PURE)
                                    || (c.getPackageName().matches(STORE) && !storeAccess(c)));
                }
            };

    /**
     * Faces do not compute: the command line and the server's routes and pages reach risk, sim, news, plan, the screen
     * and the store only through the report layer. They may hold those modules' records (a scorecard, a check report,
     * an imported dataset) but neither use their classes nor call their static methods ({@code Dependency.of}, {@code
     * SupplyShareCalculator.all}); of the store they use its data access alone ({@link #STORE_ACCESS}).
     */
    @Test
    void facesDoNotCompute() {
        noClasses()
                .that()
                .resideInAPackage("lodestone.app..")
                .should()
                .dependOnClassesThat(COMPUTING)
                .orShould()
                .callMethodWhere(
                        new DescribedPredicate<>(
                                "a static method of lodestone-risk, -sim, -news, -plan, -screen or -store (but its data"
                                        + " access)") {
                            @Override
                            public boolean test(JavaMethodCall call) {
                                JavaClass owner = call.getTargetOwner();
                                return (owner.getPackageName().matches(PURE)
                                                || (owner.getPackageName().matches(STORE) && !storeAccess(owner)))
                                        && call.getTarget()
                                                .resolveMember()
                                                .map(m -> m.getModifiers().contains(JavaModifier.STATIC))
                                                .orElse(false);
                            }
                        })
                .check(classes);
    }

    /**
     * The news review and archive are read and decided through the report layer ({@code ReviewQuery}, {@code
     * NewsViews}): faces hold the store's news records (a draft request) but do not use its services.
     */
    @Test
    void facesReachTheStoredNewsOnlyThroughTheReportLayer() {
        noClasses()
                .that()
                .resideInAnyPackage("lodestone.app.cli..", "lodestone.app.server..")
                .should()
                .dependOnClassesThat(new DescribedPredicate<>("services of lodestone.store.news") {
                    @Override
                    public boolean test(JavaClass c) {
                        return c.getPackageName().startsWith("lodestone.store.news") && !c.isRecord();
                    }
                })
                .check(classes);
    }

    @Test
    void onlyTheFacesUseTheReportLayerAndItKnowsNoFace() {
        noClasses()
                .that()
                .resideOutsideOfPackages("lodestone.app..", "lodestone.report..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("lodestone.report..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("lodestone.report..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("lodestone.app..", "picocli..", "io.javalin..", "gg.jte..", "jakarta.servlet..")
                .check(classes);
    }

    /**
     * The dashboard's templates (precompiled by jte) lay records out and format every number through {@code
     * report.table.Format}, as the command line's tables do.
     */
    @Test
    void templatesFormatNumbersThroughTheReportLayer() {
        JavaClasses templates = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("gg.jte.generated.precompiled");
        noClasses()
                .should()
                .callMethod(String.class, "format", String.class, Object[].class)
                .orShould()
                .callMethod(String.class, "format", java.util.Locale.class, String.class, Object[].class)
                .check(templates);
    }

    @Test
    void theReportPackagesHaveNoCycles() {
        slices().matching("lodestone.report.(*)..").should().beFreeOfCycles().check(classes);
    }
}
