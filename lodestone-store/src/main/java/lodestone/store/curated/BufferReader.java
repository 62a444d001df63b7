package lodestone.store.curated;

import static lodestone.store.curated.PolicyRecordsReader.date;
import static lodestone.store.curated.PolicyRecordsReader.optional;
import static lodestone.store.curated.PolicyRecordsReader.optionalDate;
import static lodestone.store.curated.PolicyRecordsReader.parse;
import static lodestone.store.curated.PolicyRecordsReader.required;
import static lodestone.store.curated.PolicyRecordsReader.source;
import static lodestone.store.curated.PolicyRecordsReader.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import lodestone.model.agreement.Money;
import lodestone.model.agreement.Party;
import lodestone.model.buffer.FloorKind;
import lodestone.model.buffer.Milestone;
import lodestone.model.buffer.MineralScope;
import lodestone.model.buffer.Price;
import lodestone.model.buffer.PriceFloor;
import lodestone.model.buffer.StockTarget;
import lodestone.model.buffer.Stockpile;
import lodestone.model.buffer.Timeline;
import lodestone.model.buffer.Volume;
import lodestone.model.geo.CountryCode;
import lodestone.model.mineral.MineralId;
import lodestone.model.provenance.Source;
import lodestone.model.provenance.SourceId;
import lodestone.model.quantity.Unit;
import lodestone.store.curated.PolicyRecordsReader.Context;
import org.jspecify.annotations.Nullable;

/**
 * Reads the entries of {@code buffers.yaml}: {@code stockpiles} and {@code price_floors}. Every problem is reported with
 * the file, the record's line and id and the field (a missing source, an end before its start, an unknown mineral,
 * country, list or agreement), and a record with any error is left out (the whole file is then rejected by the caller).
 */
final class BufferReader {
    /** The mass units a price may be stated per, by their symbol in the file. */
    private static final Map<String, Unit> PER_MASS =
            Map.of("kg", Unit.KILOGRAM, "t", Unit.TONNE, "lb", Unit.POUND, "g", Unit.GRAM);

    private final PolicyRecordsReader reader;
    private final Context context;
    private final Map<SourceId, Source> sources;

    BufferReader(PolicyRecordsReader reader, Context context, Map<SourceId, Source> sources) {
        this.reader = reader;
        this.context = context;
        this.sources = sources;
    }

    Optional<Stockpile> stockpile(JsonNode node) {
        String id = text(node, "id");
        int errors = context.errors();
        Optional<Party> owner = party(id, "owner", node.path("owner"));
        List<CountryCode> serves = serves(id, node.path("serves"));
        Optional<MineralScope> scope = scope(id, node);
        Optional<StockTarget> target = nested(id, node, "target", targetNode -> {
            Optional<StockTarget.Measure> measure =
                    parse(context, id, "target.unit", text(targetNode, "unit"), StockTarget.Measure::parse);
            Optional<SourceId> source = optionalSource(id, "target.source", targetNode);
            Optional<LocalDate> by = optionalDate(context, id, "target.by", targetNode, "by");
            return () -> new StockTarget(
                    targetNode.path("value").asDouble(Double.NaN),
                    measure.orElseThrow(),
                    text(targetNode, "basis"),
                    by,
                    source,
                    targetNode.path("press_only").asBoolean(false),
                    text(targetNode, "note"));
        });
        List<Money> funding = PolicyRecordsReader.money(context, id, "funding", node.path("funding"), sources);
        Optional<Timeline> timeline = timeline(id, node, Optional.empty());
        List<SourceId> cited = PolicyRecordsReader.sources(context, id, node.path("sources"), sources);
        return context.build(
                id,
                errors,
                () -> new Stockpile(
                        id,
                        required(node, "key"),
                        required(node, "name"),
                        owner.orElseThrow(),
                        serves,
                        scope.orElseThrow(),
                        target,
                        funding,
                        timeline.orElseThrow(),
                        cited,
                        text(node, "note")));
    }

    Optional<PriceFloor> priceFloor(JsonNode node, Set<String> agreements) {
        String id = text(node, "id");
        int errors = context.errors();
        Optional<FloorKind> kind = parse(context, id, "kind", text(node, "kind"), FloorKind::parse);
        Optional<MineralScope> scope = scope(id, node);
        Optional<Price> price = nested(id, node, "price", priceNode -> {
            Optional<Unit> per = Optional.ofNullable(PER_MASS.get(text(priceNode, "per")));
            if (per.isEmpty()) {
                context.error(id, "price.per", text(priceNode, "per"), "a price must be per kg, t, lb or g");
            }
            Optional<SourceId> source = optionalSource(id, "price.source", priceNode);
            return () -> new Price(
                    priceNode.path("amount").asDouble(Double.NaN),
                    text(priceNode, "currency"),
                    per.orElseThrow(),
                    text(priceNode, "product"),
                    source,
                    priceNode.path("press_only").asBoolean(false));
        });
        Optional<Volume> volume = nested(id, node, "volume", volumeNode -> {
            Optional<Volume.Measure> measure =
                    parse(context, id, "volume.unit", text(volumeNode, "unit"), Volume.Measure::parse);
            Optional<SourceId> source = optionalSource(id, "volume.source", volumeNode);
            return () -> new Volume(
                    volumeNode.path("value").asDouble(Double.NaN),
                    measure.orElseThrow(),
                    text(volumeNode, "product"),
                    source,
                    volumeNode.path("press_only").asBoolean(false));
        });
        Optional<Integer> term = node.hasNonNull("term_years")
                ? Optional.of(node.path("term_years").asInt(0))
                : Optional.empty();
        Optional<Party> payer = party(id, "payer", node.path("payer"));
        List<CountryCode> serves = serves(id, node.path("serves"));
        Optional<String> agreement = optional(node, "agreement");
        agreement.ifPresent(link -> {
            if (!agreements.contains(link)) {
                context.error(id, "agreement", link, "unknown agreement; define it in agreements.yaml");
            }
        });
        Optional<Timeline> timeline = timeline(id, node, term);
        List<SourceId> cited = PolicyRecordsReader.sources(context, id, node.path("sources"), sources);
        return context.build(
                id,
                errors,
                () -> new PriceFloor(
                        id,
                        required(node, "key"),
                        required(node, "name"),
                        kind.orElseThrow(),
                        scope.orElseThrow(),
                        price,
                        volume,
                        term,
                        payer.orElseThrow(),
                        optional(node, "beneficiary"),
                        serves,
                        agreement,
                        timeline.orElseThrow(),
                        cited,
                        text(node, "note")));
    }

    /**
     * Reads an optional nested object of a record (a stockpile's target, a floor's price or volume) in two steps: its
     * fields are parsed, each reporting its own error; only if none did is the value built, and a value the model
     * refuses is reported against the object with the model's reason.
     *
     * @param id the record's id
     * @param node the record
     * @param field the nested object's field
     * @param fields parses the object's fields and returns how to build the value from them
     * @param <T> the value's type
     * @return the value, or empty if the object is absent, null or has an error
     */
    private <T> Optional<T> nested(String id, JsonNode node, String field, Function<JsonNode, Supplier<T>> fields) {
        JsonNode object = node.get(field);
        if (object == null || object.isNull()) {
            return Optional.empty();
        }
        int before = context.errors();
        Supplier<T> build = fields.apply(object);
        if (context.errors() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(build.get());
        } catch (IllegalArgumentException | NullPointerException e) {
            context.error(id, field, object.toString(), String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    private Optional<SourceId> optionalSource(String id, String field, JsonNode node) {
        return PolicyRecordsReader.optionalSource(context, id, field, node, sources);
    }

    private Optional<Party> party(String id, String field, JsonNode node) {
        return reader.party(context, id, field, node, "needs a known country or an organisation");
    }

    private List<CountryCode> serves(String id, JsonNode node) {
        List<CountryCode> out = new ArrayList<>();
        for (JsonNode country : node) {
            reader.country(context, id, "serves", country.asText()).ifPresent(out::add);
        }
        if (node.isEmpty()) {
            context.error(id, "serves", "", "name the countries whose supply it buffers, e.g. [US]");
        }
        return out;
    }

    private Optional<MineralScope> scope(String id, JsonNode node) {
        List<MineralId> minerals = reader.minerals(context, id, node.path("minerals"));
        Optional<String> list = optional(node, "mineral_list");
        list.ifPresent(listId -> {
            if (reader.list(listId).isEmpty()) {
                context.error(
                        id,
                        "mineral_list",
                        listId,
                        "unknown critical-mineral list; use usgs-2022, usgs-2025 or" + " eu-2023");
            }
        });
        if (minerals.isEmpty() && list.isEmpty()) {
            if (node.path("minerals").isEmpty()) {
                context.error(id, "minerals", "", "name the minerals covered, or a mineral_list");
            }
            return Optional.empty();
        }
        return Optional.of(new MineralScope(minerals, list));
    }

    /**
     * The milestones; for a floor with a term and a start but no stated end, the end is the day before the term's
     * anniversary, and its note says it was computed.
     */
    private Optional<Timeline> timeline(String id, JsonNode node, Optional<Integer> termYears) {
        Optional<Milestone> announced = milestone(id, "announced", node.get("announced"));
        if (announced.isEmpty()) {
            if (node.get("announced") == null || node.get("announced").isNull()) {
                context.error(id, "announced", "", "the announcement date and its source are required");
            }
            return Optional.empty();
        }
        Optional<Milestone> funded = milestone(id, "funded", node.get("funded"));
        Optional<Milestone> effective = milestone(id, "effective", node.get("effective"));
        Optional<Milestone> end = milestone(id, "end", node.get("end"));
        if (end.isEmpty() && effective.isPresent() && termYears.isPresent() && termYears.get() > 0) {
            Milestone start = effective.get();
            end = Optional.of(new Milestone(
                    start.date().plusYears(termYears.get()).minusDays(1),
                    start.source(),
                    "computed: last day of the " + termYears.get() + "-year term from " + start.date()));
        }
        try {
            return Optional.of(new Timeline(announced.get(), funded, effective, end));
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            String field = message.substring(0, message.indexOf(' '));
            context.error(id, field, String.valueOf(node.get(field)), message);
            return Optional.empty();
        }
    }

    /** @return the milestone, or empty if the node is absent or null, or has an error (reported) */
    private Optional<Milestone> milestone(String id, String field, @Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = date(context, id, field + ".date", text(node, "date"));
        if (!node.hasNonNull("source")) {
            context.error(id, field + ".source", "", "a date needs the source that gives it");
            return Optional.empty();
        }
        Optional<SourceId> source = source(context, id, field + ".source", text(node, "source"), sources);
        if (date.isEmpty() || source.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Milestone(date.get(), source.get(), text(node, "note")));
    }
}
