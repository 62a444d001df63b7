package lodestone.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lodestone.app.TestDatabase;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.MineralId;
import lodestone.store.db.LodestoneStore;
import lodestone.store.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lodestone serve} leaves the database file free between requests, so another process (here a second JVM
 * running {@code lodestone minerals}, then one running {@code lodestone import}) can use it while the server runs, and
 * the server notices the other process's import.
 */
class ServeStoreAccessTest {
    private static final ReferenceData REFERENCE = ReferenceData.load();

    @TempDir
    Path dir;

    /**
     * One file and three second JVMs (each costs a few seconds of CPU): the read-only command runs after the server's
     * read and its write, so a store the server still held would make it fail; then the control, refused while a store
     * is held; then another process's import, which the server notices once.
     */
    @Test
    void anotherProcessCanUseTheFileAfterAReadAndAWriteButNotWhileItIsHeldAndItsImportIsNoticed() throws Exception {
        Path db = TestDatabase.copyTo(dir.resolve("served.duckdb"));
        ServeCommand.StoreAccess access = new ServeCommand.StoreAccess(db, REFERENCE);

        KnowledgeSnapshot first = access.snapshot();
        assertThat(first.minerals().get(MineralId.of("gallium"))).isPresent();
        assertThat(access.changed()).isEmpty();
        int datasets = access.write(store -> store.datasets().size());
        assertThat(datasets).isPositive();
        KnowledgeSnapshot afterWrite = access.snapshot();
        assertThat(afterWrite)
                .as("read again from the file, whose knowledge that write left as it was")
                .isSameAs(first);

        Result read = otherProcess(db); // a read-only command, after the server's read and its write
        assertThat(read.exitCode()).as(read.err()).isZero();
        assertThat(access.changed()).as("a read writes nothing").isEmpty();

        // The control: while a store is held open, as the server did before, the other process is refused.
        try (LodestoneStore held = LodestoneStore.open(db, REFERENCE)) {
            assertThat(held.path()).isEqualTo(db);
            Result refused = otherProcess(db);
            assertThat(refused.exitCode()).isNotZero();
            assertThat(refused.err()).contains("in use by another process");
        }
        assertThat(access.changed()).as("nothing was written yet").isEmpty();

        Path eu = lodestone.testkit.SharedData.euCrm2023(); // outside a checkout with ../shared, the test stops here
        Result imported = otherProcess(db, "import", "eu-crm", eu.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(access.changed())
                .as("the server sees the other process's import")
                .isPresent();
        assertThat(access.changed()).isEmpty();
    }

    private record Result(int exitCode, String err) {}

    private static Result otherProcess(Path db) throws IOException, InterruptedException {
        return otherProcess(db, "minerals", "--format", "csv");
    }

    private static Result otherProcess(Path db, String... command) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // the JIT's first tier and the serial collector: a short command's JVM starts on less CPU, and the file
        // locking under test is the database's, not the JVM's
        List<String> line = new java.util.ArrayList<>(List.of(
                java.toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName()));
        line.addAll(List.of(command));
        line.addAll(List.of("--db", db.toString()));
        Process process = new ProcessBuilder(line)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("the other process finished")
                .isTrue();
        return new Result(process.exitValue(), err);
    }
}
