package lodestone.spark;

import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * Spark sessions for screens. A session that already runs (under {@code spark-submit}, or a test's) is used as it is.
 * Otherwise a new one gets the master asked for; a local master ({@code local}, {@code local[N]}, {@code local[*]})
 * binds to the loopback interface and runs without the web UI, so a laptop or CI machine opens no outside port.
 */
final class Sessions {
    private Sessions() {}

    static SparkSession open(String screen, Optional<String> master) {
        SparkSession.Builder builder = SparkSession.builder().appName("lodestone screen " + screen);
        if (master.isPresent()) {
            builder.master(master.get());
            if (master.get().startsWith("local")) {
                builder.config("spark.driver.host", "127.0.0.1")
                        .config("spark.driver.bindAddress", "127.0.0.1")
                        .config("spark.ui.enabled", "false")
                        .config("spark.sql.shuffle.partitions", "4");
            }
        }
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }
}
