package lodestone.model.observation;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import lodestone.model.chain.Stage;
import lodestone.model.geo.Area;
import lodestone.model.mineral.MineralId;
import lodestone.model.provenance.Provenance;
import lodestone.model.quantity.Basis;
import lodestone.model.quantity.Dimension;
import lodestone.model.quantity.Quantity;

/**
 * One number from one source: what, where, when, how much, and where it comes from.
 *
 * @param mineral the mineral
 * @param stage the supply-chain stage, when the number belongs to one
 * @param area the country, the world, the "Other countries" remainder, or a group
 * @param period the year or years it refers to
 * @param metric what it measures
 * @param series the source's own label for the series, e.g. "Mine production, rare-earth-oxide equivalent" or a
 *     column name; tells apart several series of one metric (mine vs refinery, ilmenite vs rutile)
 * @param basis what the mass counts (gross, contained, oxide equivalent)
 * @param quantity the value in the canonical unit of its dimension; empty when the source withholds it or gives
 *     only a word, a range or a flag. Missing is never zero.
 * @param flags qualifiers such as estimated, withheld, quota, greater-than
 * @param raw the cell exactly as the source wrote it
 * @param note the source's note, if any
 * @param provenance source, place in the source, and method
 * @param importer for import-source and sourcing shares, the importing country or region whose imports the share
 *     describes (the United States for the USGS import sources, the EU for the EU CRM sourcing shares); the exporter
 *     is {@code area}. Empty for every other metric.
 */
public record Observation(
        MineralId mineral,
        Optional<Stage> stage,
        Area area,
        Period period,
        Metric metric,
        String series,
        Basis basis,
        Optional<Quantity> quantity,
        Set<Flag> flags,
        String raw,
        String note,
        Provenance provenance,
        Optional<Area> importer) {

    /** The metrics that describe one importer's sources and so may name it. */
    private static final Set<Metric> IMPORT_METRICS = EnumSet.of(
            Metric.IMPORT_SOURCE_SHARE,
            Metric.IMPORT_SOURCE_RANK,
            Metric.IMPORT_SOURCE_FORM_SHARE,
            Metric.SOURCING_SHARE);

    public Observation {
        flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        if (importer.isPresent() && !IMPORT_METRICS.contains(metric)) {
            throw new IllegalArgumentException("importer (" + importer.get().code() + ") of " + mineral + " " + metric
                    + " applies only to import-source and sourcing shares.");
        }
        quantity.ifPresent(q -> {
            if (q.unit() != q.unit().canonical()) {
                throw new IllegalArgumentException("quantity unit (" + q.unit() + ") of " + mineral + " " + metric
                        + " must be canonical (" + q.unit().canonical() + ").\nMaybe convert in the reader.");
            }
            if (q.unit().dimension() == Dimension.RATIO && (q.value() < 0 || q.value() > 1)) {
                throw new IllegalArgumentException("share (" + q.value() + ") of " + area.code() + " for " + mineral
                        + " " + metric + " must be within [0, 1].\nMaybe the source reports percent; convert in the"
                        + " reader.");
            }
        });
        if (quantity.isPresent() && (flags.contains(Flag.WITHHELD) || flags.contains(Flag.RANGE))) {
            throw new IllegalArgumentException("a withheld or range observation of " + mineral + " " + metric
                    + " must not carry a value (" + quantity.get().value() + ").");
        }
        if (quantity.isEmpty() && flags.isEmpty()) {
            throw new IllegalArgumentException("observation of " + mineral + " " + metric + " for " + area.code()
                    + " has neither a value nor a flag saying why.");
        }
    }

    /**
     * An observation without an importer (every metric but the import-source and sourcing shares, or a share whose
     * importer the caller leaves open).
     */
    public Observation(
            MineralId mineral,
            Optional<Stage> stage,
            Area area,
            Period period,
            Metric metric,
            String series,
            Basis basis,
            Optional<Quantity> quantity,
            Set<Flag> flags,
            String raw,
            String note,
            Provenance provenance) {
        this(
                mineral,
                stage,
                area,
                period,
                metric,
                series,
                basis,
                quantity,
                flags,
                raw,
                note,
                provenance,
                Optional.empty());
    }

    /**
     * @param importer the importing country or region
     * @return this observation with that importer
     * @throws IllegalArgumentException if the metric is not an import-source or sourcing share
     */
    public Observation withImporter(Area importer) {
        return copy(metric, Optional.of(importer));
    }

    /**
     * @param value the metric
     * @return this observation counted under that metric, its importer kept
     * @throws IllegalArgumentException if it has an importer and the metric is not an import-source or sourcing share
     */
    public Observation withMetric(Metric value) {
        return copy(value, importer);
    }

    private Observation copy(Metric newMetric, Optional<Area> newImporter) {
        return new Observation(
                mineral,
                stage,
                area,
                period,
                newMetric,
                series,
                basis,
                quantity,
                flags,
                raw,
                note,
                provenance,
                newImporter);
    }

    /** @return the value in the canonical unit, or NaN when there is none */
    public double valueOrNaN() {
        return quantity.map(Quantity::value).orElse(Double.NaN);
    }

    /** @return true if the observation carries the flag */
    public boolean has(Flag flag) {
        return flags.contains(flag);
    }
}
