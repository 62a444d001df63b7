package lodestone.screen.cell;

import java.nio.charset.StandardCharsets;
import lodestone.model.Sha256;
import lodestone.model.mineral.MineralId;

/**
 * Seeds derived from identity, so that a cell's result depends on the cell and the screen's seed only, never on which
 * executor, partition, thread or batch computes it, nor on which other cells the screen has.
 *
 * <p>The seed of a cell is the first 8 bytes (big-endian) of the SHA-256 of the UTF-8 text {@code
 * "lodestone-screen-seed-v1|<screen seed>|<perspective>|<mineral>|<supplier>"}. It is derived from the cell's
 * <em>market</em>, not from its treatment (severity, duration, response): the cells of one market share their paths
 * (common random numbers, as in the sweep), so the difference between two severities or two responses of a market is
 * theirs, not sampling noise, and a harsher disruption never shows a smaller shortfall. Different markets draw
 * independent paths. The text and the version tag are part of the results' definition: change them only with a new
 * tag.
 */
public final class CellSeeds {
    private static final String TAG = "lodestone-screen-seed-v1";

    private CellSeeds() {}

    /**
     * @param screenSeed the screen's seed
     * @param perspective the perspective country
     * @param mineral the mineral
     * @param supplier the supplier
     * @return the seed of every cell of that market
     */
    public static long of(long screenSeed, String perspective, MineralId mineral, String supplier) {
        String text = TAG + "|" + screenSeed + "|" + perspective + "|" + mineral.value() + "|" + supplier;
        byte[] digest = Sha256.digest(text.getBytes(StandardCharsets.UTF_8));
        long seed = 0;
        for (int i = 0; i < 8; i++) {
            seed = (seed << 8) | (digest[i] & 0xFF);
        }
        return seed;
    }
}
