package lodestone.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import lodestone.screen.job.JobCodec;
import lodestone.screen.job.ScreenJob;
import lodestone.screen.run.EngineOptions;
import lodestone.screen.run.RunListener;
import lodestone.screen.run.RunReport;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;

/**
 * The main class for {@code spark-submit}: runs a prepared job ({@code lodestone screen SPEC --prepare job.json}) on
 * the cluster {@code spark-submit} names, writing the results where {@code --out} says (any Hadoop file system: HDFS,
 * S3A, a shared mount).
 *
 * <pre>
 * spark-submit --class lodestone.spark.ScreenSubmit --master yarn lodestone-spark-job.jar \
 *     hdfs:///screens/job.json --out hdfs:///screens/usgs-2025-us [--batch 1000000] [--run ID]
 * </pre>
 *
 * Exit code 0 on success; 2 for a usage error; any other failure is thrown (and Spark reports it).
 */
public final class ScreenSubmit {
    private ScreenSubmit() {}

    public static void main(String[] args) {
        String job = null;
        String out = null;
        int batch = 1_000_000;
        String run = "submit-" + Long.toString(System.currentTimeMillis(), 36);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = value(args, ++i);
                case "--batch" -> batch = cells(value(args, ++i));
                case "--run" -> run = value(args, ++i);
                default -> {
                    if (args[i].startsWith("-") || job != null) {
                        usage("unknown option or second job: " + args[i]);
                    }
                    job = args[i];
                }
            }
        }
        if (job == null || out == null) {
            usage(job == null ? "the job (JOB.json, from lodestone screen --prepare) is missing" : "--out is missing");
        }
        ScreenJob screen = JobCodec.read(read(job), job);
        RunReport report = new SparkScreenEngine()
                .run(screen, out, new EngineOptions(1, batch, Optional.empty(), run), RunListener.NONE);
        System.out.println(String.format(
                Locale.ROOT,
                "Screen %s: %,d cells; %,d already done, %,d computed in %.1f s (%.1f cells/s, %d batches). Results: %s",
                screen.spec().id(),
                report.cells(),
                report.alreadyDone(),
                report.computed(),
                report.seconds(),
                report.cellsPerSecond(),
                report.batches(),
                report.results()));
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            usage("option " + args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static int cells(String value) {
        try {
            int cells = Integer.parseInt(value);
            if (cells > 0) {
                return cells;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        usage("--batch must be a positive whole number of cells (at most 2147483647), not '" + value + "'");
        return 0;
    }

    private static void usage(String problem) {
        System.err.println("ScreenSubmit: " + problem);
        System.err.println("usage: ScreenSubmit JOB.json --out RESULTS [--batch CELLS] [--run ID]");
        System.exit(2);
    }

    private static String read(String location) {
        Path path = new Path(location);
        try (FSDataInputStream in = path.getFileSystem(new Configuration()).open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the job " + location + ": " + e.getMessage(), e);
        }
    }
}
