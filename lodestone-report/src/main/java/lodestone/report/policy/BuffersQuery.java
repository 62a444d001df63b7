package lodestone.report.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lodestone.model.buffer.BufferStatus;
import lodestone.model.buffer.Buffers;
import lodestone.model.buffer.BuffersInForce;
import lodestone.model.buffer.PriceFloor;
import lodestone.model.buffer.Stockpile;
import lodestone.model.geo.Country;
import lodestone.model.knowledge.KnowledgeSnapshot;
import lodestone.model.mineral.Mineral;
import lodestone.model.provenance.SourceId;
import lodestone.report.Defaults;
import lodestone.report.Lookup;
import lodestone.report.Query;
import lodestone.report.QueryException;
import lodestone.report.ReportContext;
import lodestone.report.policy.BuffersResult.BufferRow;
import org.jspecify.annotations.Nullable;

/**
 * The stockpiles (strategic reserves) and price floors or offtake guarantees that cover a mineral and serve a country,
 * with their state on a date derived from their sourced milestones: the dated inputs scenarios and the risk index
 * read ({@link BuffersInForce}).
 *
 * @param mineral mineral id or name
 * @param on the date of the states, or null for today
 * @param perspective the country whose supply is buffered, or null for {@link Defaults#PERSPECTIVE}
 * @param without keys or ids of buffers switched off, as a scenario's {@code --without vault} does
 */
public record BuffersQuery(
        String mineral, @Nullable LocalDate on, @Nullable String perspective, List<String> without)
        implements Query<BuffersResult> {
    public BuffersQuery {
        without = without == null ? List.of() : List.copyOf(without);
    }

    @Override
    public BuffersResult answer(ReportContext context) {
        KnowledgeSnapshot snapshot = context.snapshot();
        Mineral found = Lookup.mineral(snapshot, mineral, "mineral");
        Country country =
                Lookup.country(snapshot, perspective == null ? Defaults.PERSPECTIVE : perspective, "perspective");
        LocalDate date = context.dateOr(on);
        Buffers buffers;
        try {
            buffers = snapshot.buffers().on(date, found.id(), Optional.of(country.code()), Set.copyOf(without));
        } catch (IllegalArgumentException e) {
            throw QueryException.badParameter("without", e.getMessage());
        }
        List<BufferRow> rows = new ArrayList<>();
        for (BufferStatus<Stockpile> s : buffers.stockpiles()) {
            rows.add(BufferRow.of(
                    s,
                    "stockpile",
                    s.record().target().map(t -> "target " + t.label()).orElse("no target stated")));
        }
        for (BufferStatus<PriceFloor> f : buffers.floors()) {
            PriceFloor floor = f.record();
            String terms = floor.price().map(p -> "floor " + p.label()).orElse("no price stated")
                    + floor.volume().map(v -> "; " + v.label()).orElse("")
                    + floor.termYears().map(y -> "; " + y + "-year term").orElse("");
            rows.add(BufferRow.of(f, floor.kind().id(), terms));
        }
        return new BuffersResult(
                date,
                found.id().value(),
                country.code().value(),
                without,
                buffers.targetDaysInForce().isPresent()
                        ? buffers.targetDaysInForce().getAsDouble()
                        : null,
                rows);
    }

    static List<String> ids(List<SourceId> sources) {
        return sources.stream().map(SourceId::value).toList();
    }
}
