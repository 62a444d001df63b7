package lodestone.screen.cell;

/**
 * A cell ready to compute: its identity, the supplier's share and its basis, and its seed.
 *
 * @param key the identity
 * @param supplierShare the supplier's share of the perspective's supply, a fraction in [0, 1]
 * @param shareBasis where that share comes from
 * @param seed the seed of the cell's paths ({@link CellSeeds})
 */
public record ScreenCell(CellKey key, double supplierShare, String shareBasis, long seed) {
    public ScreenCell {
        if (!(supplierShare >= 0 && supplierShare <= 1)) {
            throw new IllegalArgumentException(
                    "share (" + supplierShare + ") of cell " + key.id() + " must be within [0, 1].");
        }
    }
}
