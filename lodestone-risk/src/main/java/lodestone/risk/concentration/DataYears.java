package lodestone.risk.concentration;

import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;

/**
 * The data years a snapshot holds supply shares for: the end years of every share set of every mineral. A ranking
 * asked for another year would be empty, so callers check the year first ({@link #require}).
 */
public final class DataYears {
    private DataYears() {}

    /**
     * @param snapshot the snapshot
     * @return the end years of every share set, ascending; empty if the snapshot holds no shares
     */
    public static SortedSet<Integer> of(KnowledgeSnapshot snapshot) {
        SortedSet<Integer> years = new TreeSet<>();
        for (Mineral mineral : snapshot.minerals().all()) {
            for (SupplyShares set : SupplyShareCalculator.all(snapshot, mineral.id())) {
                years.add(set.period().endYear());
            }
        }
        return Collections.unmodifiableSortedSet(years);
    }

    /**
     * @param snapshot the snapshot
     * @param year the data year asked for
     * @return the year, if the snapshot holds supply shares for it
     * @throws IllegalArgumentException naming the years available otherwise
     */
    public static int require(KnowledgeSnapshot snapshot, int year) {
        return require(of(snapshot), year);
    }

    /**
     * @param shareSets the share sets of a snapshot, computed once
     * @param year the data year asked for
     * @return the year, if the snapshot holds supply shares for it
     * @throws IllegalArgumentException naming the years available otherwise
     */
    public static int require(ShareSets shareSets, int year) {
        return require(shareSets.years(), year);
    }

    private static int require(SortedSet<Integer> years, int year) {
        if (!years.contains(year)) {
            throw new IllegalArgumentException(
                    "year (" + year + ") has no supply shares in the store; years available: "
                            + (years.isEmpty()
                                    ? "none"
                                    : years.stream().map(String::valueOf).collect(Collectors.joining(", ")))
                            + ".\nMaybe import an edition of the USGS data release that covers it"
                            + " (lodestone import usgs-mcs DIR).");
        }
        return year;
    }
}
