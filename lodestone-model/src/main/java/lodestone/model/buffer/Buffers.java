package lodestone.model.buffer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import lodestone.model.geo.CountryCode;
import lodestone.model.mineral.MineralId;

/**
 * The answer of {@link BuffersInForce}: every stockpile and price floor that covers a mineral, serves the perspective
 * and was announced by the date, each with its state; those in force are the scenario inputs.
 *
 * @param on the date
 * @param mineral the mineral asked about
 * @param perspective the country whose supply is buffered, or empty for every country
 * @param without the keys or ids switched off by the caller
 * @param stockpiles the relevant stockpiles, announced on or before the date, by id
 * @param floors the relevant price floors and offtake guarantees, announced on or before the date, by id
 */
public record Buffers(
        LocalDate on,
        MineralId mineral,
        Optional<CountryCode> perspective,
        Set<String> without,
        List<BufferStatus<Stockpile>> stockpiles,
        List<BufferStatus<PriceFloor>> floors) {
    public Buffers {
        without = Set.copyOf(without);
        stockpiles = List.copyOf(stockpiles);
        floors = List.copyOf(floors);
    }

    /** @return the stockpiles in force on the date (operating, not switched off) */
    public List<Stockpile> stockpilesInForce() {
        return stockpiles.stream()
                .filter(BufferStatus::inForce)
                .map(BufferStatus::record)
                .toList();
    }

    /** @return the price floors and offtake guarantees in force on the date (not switched off) */
    public List<PriceFloor> floorsInForce() {
        return floors.stream()
                .filter(BufferStatus::inForce)
                .map(BufferStatus::record)
                .toList();
    }

    /**
     * The days of supply that the in-force stockpiles target, summed. Targets in tonnes are left out (they need the
     * perspective's consumption to convert, which the caller has and this record does not). A target, not holdings.
     *
     * @return the sum, or empty if no in-force stockpile states a target in days
     */
    public OptionalDouble targetDaysInForce() {
        List<Double> days = stockpilesInForce().stream()
                .flatMap(s -> s.target().stream())
                .filter(t -> t.daysOfSupply().isPresent())
                .map(t -> t.daysOfSupply().getAsDouble())
                .toList();
        return days.isEmpty()
                ? OptionalDouble.empty()
                : OptionalDouble.of(
                        days.stream().mapToDouble(Double::doubleValue).sum());
    }

    /**
     * The lowest floor price in force for the mineral in one currency, per kilogram (a producer is protected at the
     * highest floor it holds, a market at the lowest one that applies to all; this is the latter).
     *
     * @param currency ISO 4217 code
     * @return the lowest floor per kg in that currency, or empty if no in-force floor states a price in it
     */
    public OptionalDouble lowestFloorPerKilogram(String currency) {
        return floorsInForce().stream()
                .flatMap(f -> f.price().stream())
                .filter(p -> p.currency().equals(currency))
                .mapToDouble(Price::perKilogram)
                .min();
    }
}
