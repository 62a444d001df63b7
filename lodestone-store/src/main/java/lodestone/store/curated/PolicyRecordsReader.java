package lodestone.store.curated;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import lodestone.model.agreement.Agreement;
import lodestone.model.agreement.AgreementKind;
import lodestone.model.agreement.Capacity;
import lodestone.model.agreement.Clauses;
import lodestone.model.agreement.Commitment;
import lodestone.model.agreement.ConflictingFigure;
import lodestone.model.agreement.Drafts;
import lodestone.model.agreement.Estimate;
import lodestone.model.agreement.Money;
import lodestone.model.agreement.MoneyPurpose;
import lodestone.model.agreement.MoneyQualifier;
import lodestone.model.agreement.Party;
import lodestone.model.agreement.PolicyRecords;
import lodestone.model.agreement.Project;
import lodestone.model.buffer.PriceFloor;
import lodestone.model.buffer.Stockpile;
import lodestone.model.chain.Stage;
import lodestone.model.geo.CountryCode;
import lodestone.model.mineral.MineralId;
import lodestone.model.policy.MeasureEvent;
import lodestone.model.policy.MeasureEventType;
import lodestone.model.policy.MeasureKind;
import lodestone.model.policy.Targets;
import lodestone.model.policy.TradeMeasure;
import lodestone.model.provenance.Source;
import lodestone.model.provenance.SourceId;
import lodestone.model.provenance.SourceTier;
import lodestone.model.quantity.Basis;
import lodestone.store.importing.ImportReport;
import lodestone.store.reference.ReferenceData;
import org.jspecify.annotations.Nullable;

/**
 * Reads the curated trade measures ({@code measures.yaml}) and agreements and projects ({@code agreements.yaml}).
 * Every problem is collected with the file, the line of the record, the record id and the field: malformed YAML, an
 * unknown mineral, country or source, a bad date, an event out of order (suspended before announced), a commitment
 * due before signing. A file with any error yields no records.
 */
public final class PolicyRecordsReader {
    /** File name of the bundled measures. */
    public static final String MEASURES = "measures.yaml";
    /** File name of the bundled agreements and projects. */
    public static final String AGREEMENTS = "agreements.yaml";
    /** File name of the bundled stockpiles and price floors. */
    public static final String BUFFERS = "buffers.yaml";
    /** The curated documents, in the order they are read (a later document may cite an earlier one's sources). */
    public static final List<String> DOCUMENTS = List.of(MEASURES, AGREEMENTS, BUFFERS);

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final ReferenceData reference;

    public PolicyRecordsReader(ReferenceData reference) {
        this.reference = reference;
    }

    /**
     * The records and the problems found.
     *
     * @param records the records; empty if there are errors
     * @param report the problems
     */
    public record Result(PolicyRecords records, ImportReport report) {}

    /**
     * Reads both documents.
     *
     * @param measuresText the text of {@code measures.yaml}
     * @param agreementsText the text of {@code agreements.yaml}
     * @return the records, or empty records with a report of every error
     */
    public Result read(String measuresText, String agreementsText) {
        return read(measuresText, agreementsText, "sources: []\n");
    }

    /**
     * Reads the three curated documents.
     *
     * @param measuresText the text of {@code measures.yaml}
     * @param agreementsText the text of {@code agreements.yaml}
     * @param buffersText the text of {@code buffers.yaml} (stockpiles and price floors; it may cite the sources of the
     *     other two)
     * @return the records, or empty records with a report of every error
     */
    public Result read(String measuresText, String agreementsText, String buffersText) {
        ImportReport report = new ImportReport();
        Map<SourceId, Source> sources = new LinkedHashMap<>();
        List<TradeMeasure> measures = new ArrayList<>();
        List<Agreement> agreements = new ArrayList<>();
        List<Project> projects = new ArrayList<>();
        parse(MEASURES, measuresText, report).ifPresent(root -> {
            Context context = new Context(MEASURES, measuresText, report);
            readSources(context, root, sources);
            for (JsonNode node : root.path("measures")) {
                readMeasure(context, node, sources).ifPresent(measures::add);
            }
        });
        parse(AGREEMENTS, agreementsText, report).ifPresent(root -> {
            Context context = new Context(AGREEMENTS, agreementsText, report);
            readSources(context, root, sources);
            for (JsonNode node : root.path("projects")) {
                readProject(context, node, sources).ifPresent(projects::add);
            }
            Set<String> projectIds = new HashSet<>();
            projects.forEach(project -> projectIds.add(project.id()));
            for (JsonNode node : root.path("agreements")) {
                readAgreement(context, node, sources, projectIds).ifPresent(agreements::add);
            }
        });
        List<Stockpile> stockpiles = new ArrayList<>();
        List<PriceFloor> floors = new ArrayList<>();
        parse(BUFFERS, buffersText, report).ifPresent(root -> {
            Context context = new Context(BUFFERS, buffersText, report);
            readSources(context, root, sources);
            Set<String> agreementIds = new HashSet<>();
            agreements.forEach(agreement -> agreementIds.add(agreement.id()));
            BufferReader buffers = new BufferReader(this, context, sources);
            for (JsonNode node : root.path("stockpiles")) {
                buffers.stockpile(node).ifPresent(stockpiles::add);
            }
            for (JsonNode node : root.path("price_floors")) {
                buffers.priceFloor(node, agreementIds).ifPresent(floors::add);
            }
        });
        requireUnique(MEASURES, measures, TradeMeasure::id, report);
        requireUnique(AGREEMENTS, agreements, Agreement::id, report);
        requireUnique(AGREEMENTS, projects, Project::id, report);
        requireUnique(BUFFERS, stockpiles, Stockpile::id, report);
        requireUnique(BUFFERS, floors, PriceFloor::id, report);
        List<String> keys = new ArrayList<>();
        stockpiles.forEach(stockpile -> keys.add(stockpile.key()));
        floors.forEach(floor -> keys.add(floor.key()));
        requireUnique(BUFFERS, keys, key -> key, report);
        if (report.hasErrors()) {
            return new Result(PolicyRecords.EMPTY, report);
        }
        return new Result(
                new PolicyRecords(
                        measures, agreements, projects, List.copyOf(sources.values()), stockpiles, floors, Drafts.NONE),
                report);
    }

    /**
     * Reads draft records promoted from news and adds them, as drafts, to curated records. Each draft is a document in
     * the curated format ({@code sources} and one {@code measures} or {@code agreements} entry) and is validated like
     * the bundled ones; its id must not be a curated record's.
     *
     * @param curated the curated records (without drafts)
     * @param drafts the draft documents
     * @return the records with their drafts, or the curated records and a report naming each draft with an error
     */
    public Result withDrafts(PolicyRecords curated, List<DraftDocument> drafts) {
        ImportReport report = new ImportReport();
        Map<SourceId, Source> sources = new LinkedHashMap<>();
        curated.sources().forEach(source -> sources.put(source.id(), source));
        Set<String> taken = new HashSet<>();
        curated.measures().forEach(m -> taken.add(m.id()));
        curated.agreements().forEach(a -> taken.add(a.id()));
        List<TradeMeasure> measures = new ArrayList<>();
        List<Agreement> agreements = new ArrayList<>();
        Map<String, lodestone.model.agreement.DraftOrigin> origins = new LinkedHashMap<>();
        Set<String> projectIds = curated.projectsById().keySet();
        for (DraftDocument draft : drafts) {
            parse(draft.name(), draft.text(), report).ifPresent(root -> {
                Context context = new Context(draft.name(), draft.text(), report);
                int errors = report.errors().size();
                Map<SourceId, Source> local = new LinkedHashMap<>(sources);
                readSources(context, root, local);
                List<TradeMeasure> readMeasures = new ArrayList<>();
                List<Agreement> readAgreements = new ArrayList<>();
                for (JsonNode node : root.path("measures")) {
                    readMeasure(context, node, local).ifPresent(readMeasures::add);
                }
                for (JsonNode node : root.path("agreements")) {
                    readAgreement(context, node, local, projectIds).ifPresent(readAgreements::add);
                }
                List<String> ids = new ArrayList<>();
                readMeasures.forEach(m -> ids.add(m.id()));
                readAgreements.forEach(a -> ids.add(a.id()));
                if (ids.size() != 1 && report.errors().size() == errors) {
                    context.error(
                            "",
                            "measures",
                            String.valueOf(ids),
                            "a draft must hold exactly one measure or one" + " agreement");
                }
                for (String id : ids) {
                    if (!taken.add(id)) {
                        context.error(id, "id", id, "the id is already used by a curated record or another draft");
                    }
                }
                if (report.errors().size() == errors) {
                    sources.putAll(local);
                    measures.addAll(readMeasures);
                    agreements.addAll(readAgreements);
                    ids.forEach(id -> origins.put(id, draft.origin()));
                }
            });
        }
        PolicyRecords out = new PolicyRecords(
                        curated.measures(),
                        curated.agreements(),
                        curated.projects(),
                        List.copyOf(sources.values()),
                        curated.stockpiles(),
                        curated.priceFloors(),
                        curated.drafts())
                .withDrafts(new Drafts(measures, agreements, origins));
        return new Result(out, report);
    }

    /**
     * Reads the bundled documents.
     *
     * @return the records
     * @throws IllegalStateException if the bundled files have errors (a build defect; tests cover it)
     */
    public PolicyRecords bundled() {
        Result result = read(bundledText(MEASURES), bundledText(AGREEMENTS), bundledText(BUFFERS));
        if (result.report().hasErrors()) {
            throw new IllegalStateException("the bundled curated records have errors: "
                    + result.report().errors());
        }
        return result.records();
    }

    /** @return the text of a bundled curated document */
    public static String bundledText(String name) {
        try (InputStream in =
                PolicyRecordsReader.class.getClassLoader().getResourceAsStream("lodestone/curated/" + name)) {
            if (in == null) {
                throw new IllegalStateException("bundled curated file lodestone/curated/" + name + " is missing.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<JsonNode> parse(String file, String text, ImportReport report) {
        try {
            JsonNode root = YAML.readTree(text);
            if (root == null || !root.isObject()) {
                report.error(file, 1, "", "", "expected a YAML mapping with 'sources' and records");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            report.error(file, line, "", "", "malformed YAML: " + e.getOriginalMessage());
            return Optional.empty();
        }
    }

    /** Where a problem is: the file, the record's line and id, for messages. */
    static final class Context {
        final String file;
        final ImportReport report;
        private final Map<String, Long> lines = new HashMap<>();

        Context(String file, String text, ImportReport report) {
            this.file = file;
            this.report = report;
            String[] all = text.split("\n", -1);
            for (int i = 0; i < all.length; i++) {
                String line = all[i].trim();
                if (line.startsWith("- id:") || line.startsWith("id:")) {
                    String id = line.substring(line.indexOf(':') + 1)
                            .trim()
                            .replace("\"", "")
                            .replace("'", "");
                    lines.putIfAbsent(id, (long) i + 1);
                }
            }
        }

        void error(String id, String field, String value, String message) {
            report.error(file, lines.getOrDefault(id, 0L), id.isEmpty() ? field : id + "." + field, value, message);
        }

        /** @return how many errors are reported so far: a mark taken before a record's fields are read */
        int errors() {
            return report.errors().size();
        }

        /**
         * Builds a record once its fields are read: nothing if any field reported an error since the mark, else the
         * record, or nothing with the model's refusal reported against the field {@code fieldOf} names from it.
         *
         * @param id the record's id
         * @param errorsBefore {@link #errors()} before its fields were read
         * @param fieldOf the field to blame for the model's message, e.g. "record"
         * @param record builds the record from the fields read
         * @param <T> the record's type
         * @return the record, or empty if a field or the record was refused
         */
        <T> Optional<T> build(String id, int errorsBefore, UnaryOperator<String> fieldOf, Supplier<T> record) {
            if (errors() > errorsBefore) {
                return Optional.empty();
            }
            try {
                return Optional.of(record.get());
            } catch (IllegalArgumentException e) {
                String message = String.valueOf(e.getMessage());
                error(id, fieldOf.apply(message), "", message);
                return Optional.empty();
            }
        }

        /** {@link #build(String, int, UnaryOperator, Supplier)} blaming the field "record". */
        <T> Optional<T> build(String id, int errorsBefore, Supplier<T> record) {
            return build(id, errorsBefore, message -> "record", record);
        }
    }

    private void readSources(Context context, JsonNode root, Map<SourceId, Source> sources) {
        for (JsonNode node : root.path("sources")) {
            String id = text(node, "id");
            try {
                String publisher = required(node, "publisher");
                String title = required(node, "title");
                Source source = new Source(
                        SourceId.of(id),
                        publisher,
                        title,
                        optional(node, "url"),
                        optional(node, "doi"),
                        optional(node, "published").map(LocalDate::parse),
                        optional(node, "licence").orElse("© the publisher; cited, not reproduced"),
                        optional(node, "attribution").orElse(publisher + ", \"" + title + "\""),
                        SourceTier.parse(required(node, "tier")),
                        Optional.empty());
                Source previous = sources.putIfAbsent(source.id(), source);
                if (previous != null && !previous.equals(source)) {
                    context.error(id, "id", id, "a different source with this id is already defined");
                }
            } catch (IllegalArgumentException | DateTimeParseException e) {
                context.error(id, "source", node.toString(), String.valueOf(e.getMessage()));
            }
        }
    }

    private Optional<TradeMeasure> readMeasure(Context context, JsonNode node, Map<SourceId, Source> sources) {
        String id = text(node, "id");
        int errors = context.errors();
        Optional<CountryCode> issuer = country(context, id, "issuer", text(node, "issuer"));
        Optional<MeasureKind> kind = parse(context, id, "kind", text(node, "kind"), MeasureKind::parse);
        List<MineralId> minerals = minerals(context, id, node.path("minerals"));
        Optional<Targets> targets = targets(context, id, node.get("targets"));
        List<MeasureEvent> events = new ArrayList<>();
        int index = 0;
        for (JsonNode event : node.path("events")) {
            String field = "events[" + index++ + "]";
            Optional<MeasureEventType> type =
                    parse(context, id, field + ".type", text(event, "type"), MeasureEventType::parse);
            Optional<LocalDate> date = date(context, id, field + ".date", text(event, "date"));
            Optional<LocalDate> until = optionalDate(context, id, field + ".until", event, "until");
            Optional<SourceId> source = source(context, id, field + ".source", text(event, "source"), sources);
            List<String> parts = new ArrayList<>();
            event.path("parts").forEach(part -> parts.add(part.asText()));
            if (type.isPresent() && date.isPresent() && source.isPresent()) {
                try {
                    events.add(
                            new MeasureEvent(type.get(), date.get(), until, source.get(), text(event, "note"), parts));
                } catch (IllegalArgumentException e) {
                    context.error(id, field, event.toString(), String.valueOf(e.getMessage()));
                }
            }
        }
        List<SourceId> cited = sources(context, id, node.path("sources"), sources);
        return context.build(
                id,
                errors,
                message -> message.contains("event") ? "events" : "record",
                () -> new TradeMeasure(
                        id,
                        issuer.orElseThrow(),
                        kind.orElseThrow(),
                        required(node, "title"),
                        required(node, "legal_reference"),
                        minerals,
                        strings(node.path("product_forms")),
                        targets.orElseThrow(),
                        events,
                        cited,
                        text(node, "note")));
    }

    private Optional<Project> readProject(Context context, JsonNode node, Map<SourceId, Source> sources) {
        String id = text(node, "id");
        int errors = context.errors();
        Optional<CountryCode> country = country(context, id, "country", text(node, "country"));
        List<MineralId> minerals = minerals(context, id, node.path("minerals"));
        Optional<Stage> stage = parse(context, id, "stage", text(node, "stage"), Stage::parse);
        Optional<Capacity> capacity = capacity(context, id, node.get("capacity"), minerals, sources, errors);
        Optional<Estimate> start = estimate(context, id, "start_year", node.get("start_year"), sources);
        Optional<Estimate> ramp = estimate(context, id, "ramp_up_years", node.get("ramp_up_years"), sources);
        Optional<Estimate> probability = estimate(context, id, "probability", node.get("probability"), sources);
        List<ConflictingFigure> conflicts = new ArrayList<>();
        for (JsonNode conflict : node.path("conflicting_figures")) {
            List<ConflictingFigure.Value> values = new ArrayList<>();
            for (JsonNode value : conflict.path("values")) {
                source(context, id, "conflicting_figures.source", text(value, "source"), sources)
                        .ifPresent(source -> values.add(new ConflictingFigure.Value(
                                value.path("value").asText(), source, text(value, "note"))));
            }
            try {
                conflicts.add(new ConflictingFigure(text(conflict, "field"), values));
            } catch (IllegalArgumentException e) {
                context.error(id, "conflicting_figures", conflict.toString(), String.valueOf(e.getMessage()));
            }
        }
        List<SourceId> cited = sources(context, id, node.path("sources"), sources);
        return context.build(
                id,
                errors,
                () -> new Project(
                        id,
                        required(node, "name"),
                        country.orElseThrow(),
                        text(node, "operator"),
                        minerals,
                        stage.orElseThrow(),
                        capacity,
                        start,
                        ramp,
                        probability,
                        text(node, "status"),
                        conflicts,
                        cited,
                        text(node, "note")));
    }

    /**
     * Reads a project's capacity, if stated: the value is built only if neither its fields nor the project's fields
     * read before it reported an error.
     */
    private Optional<Capacity> capacity(
            Context context,
            String id,
            JsonNode capacityNode,
            List<MineralId> minerals,
            Map<SourceId, Source> sources,
            int errors) {
        if (capacityNode == null || capacityNode.isNull()) {
            return Optional.empty();
        }
        String unit = text(capacityNode, "unit");
        if (!unit.equals("t/yr")) {
            context.error(id, "capacity.unit", unit, "capacity must be in t/yr");
        }
        Optional<MineralId> mineral = capacityNode.hasNonNull("mineral")
                ? mineral(context, id, "capacity.mineral", text(capacityNode, "mineral"))
                : minerals.stream().findFirst();
        Optional<Basis> basis = parse(
                context,
                id,
                "capacity.basis_kind",
                capacityNode.path("basis_kind").asText("unspecified"),
                Basis::parse);
        Optional<SourceId> source = source(context, id, "capacity.source", text(capacityNode, "source"), sources);
        double value = capacityNode.path("value").asDouble(Double.NaN);
        if (mineral.isPresent() && basis.isPresent() && source.isPresent() && context.errors() == errors) {
            try {
                return Optional.of(
                        new Capacity(value, mineral.get(), basis.get(), text(capacityNode, "basis"), source.get()));
            } catch (IllegalArgumentException e) {
                context.error(
                        id, "capacity.value", capacityNode.path("value").asText(), String.valueOf(e.getMessage()));
            }
        }
        return Optional.empty();
    }

    private Optional<Estimate> estimate(
            Context context, String id, String field, JsonNode node, Map<SourceId, Source> sources) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        boolean assumption = node.path("assumption").asBoolean(false);
        Optional<SourceId> source = optionalSource(context, id, field + ".source", node, sources);
        try {
            return Optional.of(
                    new Estimate(node.path("value").asDouble(Double.NaN), source, assumption, text(node, "rationale")));
        } catch (IllegalArgumentException | NullPointerException e) {
            context.error(id, field, node.toString(), String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    private Optional<Agreement> readAgreement(
            Context context, JsonNode node, Map<SourceId, Source> sources, Set<String> projectIds) {
        String id = text(node, "id");
        int errors = context.errors();
        Optional<AgreementKind> kind = parse(context, id, "kind", text(node, "kind"), AgreementKind::parse);
        List<Party> parties = new ArrayList<>();
        for (JsonNode party : node.path("parties")) {
            party(context, id, "parties", party, "a party needs a known country or an organisation")
                    .ifPresent(parties::add);
        }
        List<MineralId> minerals = minerals(context, id, node.path("minerals"));
        Optional<LocalDate> signed = date(context, id, "signed", text(node, "signed"));
        List<Money> money = money(context, id, "money", node.path("money"), sources);
        List<Commitment> commitments = new ArrayList<>();
        int index = 0;
        for (JsonNode commitment : node.path("commitments")) {
            String field = "commitments[" + index++ + "]";
            Optional<LocalDate> deadline = optionalDate(context, id, field + ".deadline", commitment, "deadline");
            source(context, id, field + ".source", text(commitment, "source"), sources)
                    .ifPresent(source -> commitments.add(new Commitment(text(commitment, "text"), deadline, source)));
        }
        JsonNode clauses = node.path("clauses");
        List<String> projects = strings(node.path("projects"));
        for (String project : projects) {
            if (!projectIds.contains(project)) {
                context.error(id, "projects", project, "unknown project; define it under 'projects'");
            }
        }
        List<SourceId> cited = sources(context, id, node.path("sources"), sources);
        if (kind.isEmpty() || signed.isEmpty()) {
            return Optional.empty();
        }
        return context.build(
                id,
                errors,
                message -> message.contains("deadline") ? "commitments" : "record",
                () -> new Agreement(
                        id,
                        required(node, "title"),
                        strings(node.path("title_variants")),
                        kind.get(),
                        parties,
                        minerals,
                        signed.get(),
                        text(node, "place"),
                        money,
                        commitments,
                        new Clauses(
                                optional(clauses, "price_mechanism"),
                                optional(clauses, "review"),
                                optional(clauses, "enforcement"),
                                optional(clauses, "reporting")),
                        projects,
                        cited,
                        text(node, "note")));
    }

    /** Reads a list of amounts (agreement money, stockpile funding), each with qualifier, purpose and source. */
    static List<Money> money(Context context, String id, String name, JsonNode node, Map<SourceId, Source> sources) {
        List<Money> money = new ArrayList<>();
        int index = 0;
        for (JsonNode amount : node) {
            String field = name + "[" + index++ + "]";
            Optional<MoneyQualifier> qualifier =
                    parse(context, id, field + ".qualifier", text(amount, "qualifier"), MoneyQualifier::parse);
            Optional<MoneyPurpose> purpose =
                    parse(context, id, field + ".purpose", text(amount, "purpose"), MoneyPurpose::parse);
            Optional<SourceId> source = optionalSource(context, id, field + ".source", amount, sources);
            if (qualifier.isEmpty() || purpose.isEmpty()) {
                continue;
            }
            try {
                money.add(new Money(
                        amount.path("amount").asDouble(Double.NaN),
                        text(amount, "currency"),
                        qualifier.get(),
                        purpose.get(),
                        text(amount, "payer"),
                        amount.path("press_only").asBoolean(false),
                        source,
                        text(amount, "note")));
            } catch (IllegalArgumentException e) {
                context.error(id, field, amount.toString(), String.valueOf(e.getMessage()));
            }
        }
        return money;
    }

    /** @return the critical-mineral list with this id, if the reference data has it */
    Optional<lodestone.model.list.CriticalMineralList> list(String id) {
        return reference.lists().stream().filter(list -> list.id().equals(id)).findFirst();
    }

    /** @return the known country the text names, or empty if it names none (reported) */
    Optional<CountryCode> country(Context context, String id, String field, String text) {
        Optional<CountryCode> code = text.matches("[A-Z]{2}")
                ? reference.countries().get(CountryCode.of(text)).map(c -> c.code())
                : Optional.empty();
        if (code.isEmpty()) {
            context.error(id, field, text, "unknown country; use an ISO 3166-1 alpha-2 code such as CN");
        }
        return code;
    }

    /** @return the known mineral the text names, or empty if it names none (reported) */
    Optional<MineralId> mineral(Context context, String id, String field, String text) {
        try {
            Optional<MineralId> found =
                    reference.minerals().get(MineralId.of(text)).map(m -> m.id());
            if (found.isEmpty()) {
                context.error(id, field, text, "unknown mineral; run `lodestone minerals` for the known ids");
            }
            return found;
        } catch (IllegalArgumentException e) {
            context.error(id, field, text, String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    List<MineralId> minerals(Context context, String id, JsonNode node) {
        List<MineralId> out = new ArrayList<>();
        for (JsonNode mineral : node) {
            mineral(context, id, "minerals", mineral.asText()).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Targets> targets(Context context, String id, @Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            context.error(id, "targets", "", "targets is missing; write 'all' or a list of ISO alpha-2 codes");
            return Optional.empty();
        }
        if (node.isTextual() && node.asText().equals("all")) {
            return Optional.of(Targets.allDestinations());
        }
        Set<CountryCode> countries = new TreeSet<>();
        for (JsonNode country : node) {
            country(context, id, "targets", country.asText()).ifPresent(countries::add);
        }
        if (countries.isEmpty()) {
            context.error(id, "targets", node.toString(), "write 'all' or a list of ISO alpha-2 codes");
            return Optional.empty();
        }
        return Optional.of(Targets.of(countries));
    }

    /** @return the source the text names, or empty if it is malformed or not defined (reported) */
    static Optional<SourceId> source(
            Context context, String id, String field, String text, Map<SourceId, Source> sources) {
        try {
            SourceId source = SourceId.of(text);
            if (!sources.containsKey(source)) {
                context.error(id, field, text, "unknown source; define it under 'sources'");
                return Optional.empty();
            }
            return Optional.of(source);
        } catch (IllegalArgumentException e) {
            context.error(id, field, text, String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    static List<SourceId> sources(Context context, String id, JsonNode node, Map<SourceId, Source> sources) {
        List<SourceId> out = new ArrayList<>();
        for (JsonNode source : node) {
            source(context, id, "sources", source.asText(), sources).ifPresent(out::add);
        }
        if (out.isEmpty()) {
            context.error(id, "sources", "", "a record must cite at least one source");
        }
        return out;
    }

    /** @return the date, or empty if the text is not one (reported) */
    static Optional<LocalDate> date(Context context, String id, String field, String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            context.error(id, field, text, "not a date; write YYYY-MM-DD");
            return Optional.empty();
        }
    }

    /**
     * @param context where the record is
     * @param id the record's id
     * @param field the field, for messages, e.g. "events[0].until"
     * @param node the object holding the date
     * @param key the date's key in the object
     * @return the date, or empty if the key is absent or null, or the date is malformed (reported)
     */
    static Optional<LocalDate> optionalDate(Context context, String id, String field, JsonNode node, String key) {
        return node.hasNonNull(key) ? date(context, id, field, text(node, key)) : Optional.empty();
    }

    /**
     * @param context where the record is
     * @param id the record's id
     * @param field the field, for messages, e.g. "money[0].source"
     * @param node the object that may cite a source (its key "source")
     * @param sources the sources defined
     * @return the source, or empty if none is cited, or it is unknown (reported)
     */
    static Optional<SourceId> optionalSource(
            Context context, String id, String field, JsonNode node, Map<SourceId, Source> sources) {
        return node.hasNonNull("source") ? source(context, id, field, text(node, "source"), sources) : Optional.empty();
    }

    /**
     * Reads a party: a known country (ISO alpha-2), an organisation, or both.
     *
     * @param context where the record is
     * @param id the record's id
     * @param field the field, for messages, e.g. "parties" or "owner"
     * @param node the party
     * @param refusal the message if it names neither
     * @return the party, or empty if it names neither (reported against the field) or an unknown country only
     */
    Optional<Party> party(Context context, String id, String field, JsonNode node, String refusal) {
        Optional<CountryCode> country = node.hasNonNull("country")
                ? country(context, id, field + ".country", text(node, "country"))
                : Optional.empty();
        Optional<String> organisation = optional(node, "organisation");
        if (country.isEmpty() && organisation.isEmpty()) {
            context.error(id, field, node.toString(), refusal);
            return Optional.empty();
        }
        return Optional.of(new Party(country, organisation));
    }

    /** @return the value the parser makes of the text, or empty if it refuses it (reported with its reason) */
    static <T> Optional<T> parse(Context context, String id, String field, String text, Function<String, T> parser) {
        try {
            return Optional.of(parser.apply(text));
        } catch (IllegalArgumentException e) {
            context.error(id, field, text, String.valueOf(e.getMessage()));
            return Optional.empty();
        }
    }

    private static <T> void requireUnique(String file, List<T> records, Function<T, String> id, ImportReport report) {
        Set<String> seen = new HashSet<>();
        for (T record : records) {
            if (!seen.add(id.apply(record))) {
                report.error(file, 0, id.apply(record) + ".id", id.apply(record), "the id is used twice");
            }
        }
    }

    static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(item -> out.add(item.asText()));
        return out;
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException("field '" + field + "' is missing");
        }
        return value;
    }

    static Optional<String> optional(JsonNode node, String field) {
        String value = text(node, field);
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
