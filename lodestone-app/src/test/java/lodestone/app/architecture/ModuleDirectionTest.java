package lodestone.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the module directions of ARCHITECTURE.md: model depends on the JDK only; store, risk, sim depend on model;
 * risk and sim never touch the store, a database or the network (sim not even files); plan uses model, risk and sim
 * only, touches no store, database, network or file, and keeps the solver to itself; the screen is pure computation over
 * model, sim and plan, used by the app (and the Spark runner, which is outside this build) and by nothing else; the
 * app never depends on Spark; nothing depends on the app.
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
    void theModelDependsOnTheJdkOnly() {
        ArchRuleDefinition.classes()
                .that()
                .resideInAPackage("lodestone.model..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage("lodestone.model..", "java..")
                .check(classes);
    }

    @Test
    void riskIsPureAnalytics() {
        noClasses()
                .that()
                .resideInAPackage("lodestone.risk..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "lodestone.store..", "lodestone.app..", "java.sql..", "java.net..", "java.io..", "org.duckdb..")
                .check(classes);
    }

    @Test
    void simIsPureComputation() {
        noClasses()
                .that()
                .resideInAPackage("lodestone.sim..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "lodestone.store..",
                        "lodestone.app..",
                        "lodestone.risk..",
                        "java.sql..",
                        "java.net..",
                        "java.nio.file..",
                        "org.duckdb..")
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
}
