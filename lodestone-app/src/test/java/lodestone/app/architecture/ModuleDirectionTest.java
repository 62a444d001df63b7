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

    /** The pure modules' classes that compute (not their records, enums or interfaces, which are data). */
    private static final DescribedPredicate<JavaClass> COMPUTING =
            new DescribedPredicate<>("computing classes of lodestone-risk, -sim, -news, -plan or -screen") {
                @Override
                public boolean test(JavaClass c) {
                    return c.getPackageName().matches(PURE) && !c.isRecord() && !c.isEnum() && !c.isInterface();
                }
            };

    /**
     * Faces do not compute: the command line and the server's routes and pages reach risk, sim and news only through
     * the report layer. They may hold the pure modules' records (a scorecard, a check report) but neither use their
     * classes nor call their static methods ({@code Dependency.of}, {@code SupplyShareCalculator.all}).
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
                        new DescribedPredicate<>("a static method of lodestone-risk, -sim, -news, -plan or -screen") {
                            @Override
                            public boolean test(JavaMethodCall call) {
                                return call.getTargetOwner().getPackageName().matches(PURE)
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
