package lodestone.screen.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lodestone.model.mineral.MineralId;
import lodestone.plan.option.Figure;
import lodestone.plan.option.OptionKind;
import lodestone.plan.option.PlanOption;
import lodestone.plan.option.Reserve;
import lodestone.plan.option.Supply;
import lodestone.screen.ScreenException;
import lodestone.screen.ScreenReader;
import lodestone.screen.ScreenSpec;
import lodestone.sim.scenario.Distribution;
import lodestone.sim.scenario.Response;

/**
 * A job as JSON, so that it travels without the knowledge base: to Spark executors (as a broadcast text) and to
 * {@code spark-submit} (as a file). The spec is written in the format {@link ScreenReader} reads, and read back with
 * it; markets and option catalogues are written field by field. Numbers are written in their shortest exact decimal
 * form, so a job read back computes bit-identical cells.
 */
public final class JobCodec {
    /** The format's version, the first field of every job file. */
    public static final String FORMAT = "lodestone-screen-job-v1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private JobCodec() {}

    /**
     * @param job a job
     * @return its JSON text (one line)
     */
    public static String write(ScreenJob job) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.set("spec", spec(job.spec()));
        ArrayNode markets = root.putArray("markets");
        for (MarketInput market : job.markets()) {
            ObjectNode m = markets.addObject();
            m.put("perspective", market.perspective());
            m.put("mineral", market.mineral().value());
            m.put("supplier", market.supplier());
            m.put("supplierShare", market.supplierShare());
            m.put("basis", market.basis());
        }
        ObjectNode catalogues = root.putObject("catalogues");
        job.catalogues().forEach((key, options) -> {
            ArrayNode list = catalogues.putArray(key);
            options.forEach(option -> list.add(option(option)));
        });
        ArrayNode leftOut = root.putArray("leftOut");
        job.leftOut().forEach(leftOut::add);
        return root.toString();
    }

    /**
     * @param text a job's JSON text, as {@link #write} makes it
     * @param origin where it comes from, for messages
     * @return the job
     * @throws ScreenException if the text is not a job of this format
     */
    public static ScreenJob read(String text, String origin) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ScreenException(origin, List.of("cannot parse the job: " + e.getOriginalMessage()));
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new ScreenException(
                    origin,
                    List.of("format (" + (root == null ? "missing" : root.path("format")) + ") must be " + FORMAT
                            + ".\nMaybe the job was written by another version of Lodestone: prepare it again."));
        }
        try {
            ScreenSpec spec = ScreenReader.read(root.get("spec"), origin + " (spec)");
            List<MarketInput> markets = new ArrayList<>();
            for (JsonNode m : root.withArray("markets")) {
                markets.add(new MarketInput(
                        m.get("perspective").asText(),
                        MineralId.of(m.get("mineral").asText()),
                        m.get("supplier").asText(),
                        m.get("supplierShare").asDouble(),
                        m.get("basis").asText()));
            }
            Map<String, List<PlanOption>> catalogues = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> entry : root.path("catalogues").properties()) {
                List<PlanOption> options = new ArrayList<>();
                entry.getValue().forEach(o -> options.add(option(o)));
                catalogues.put(entry.getKey(), options);
            }
            List<String> leftOut = new ArrayList<>();
            root.withArray("leftOut").forEach(line -> leftOut.add(line.asText()));
            return new ScreenJob(spec, markets, catalogues, leftOut);
        } catch (NullPointerException | IllegalArgumentException e) {
            if (e instanceof ScreenException screen) {
                throw screen;
            }
            throw new ScreenException(origin, List.of("the job is incomplete or invalid: " + e.getMessage()));
        }
    }

    private static ObjectNode spec(ScreenSpec spec) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", spec.id());
        node.put("title", spec.title());
        node.put("start", spec.start().toString());
        ArrayNode perspectives = node.putArray("perspectives");
        spec.perspectives().forEach(perspectives::add);
        if (spec.minerals().list().isPresent()) {
            node.putObject("minerals").put("list", spec.minerals().list().get());
        } else {
            ArrayNode minerals = node.putArray("minerals");
            spec.minerals().ids().forEach(id -> minerals.add(id.value()));
        }
        node.putObject("suppliers").put("top", spec.suppliersPerMineral());
        ArrayNode severities = node.putArray("severities");
        spec.severities().forEach(severities::add);
        ArrayNode durations = node.putArray("durations");
        spec.durationsMonths().forEach(durations::add);
        ArrayNode responses = node.putArray("responses");
        for (ScreenSpec.ResponsePackage r : spec.responses()) {
            ObjectNode response = responses.addObject();
            response.put("id", r.id());
            response.set("stocksMonths", distribution(r.stocksMonths()));
            response.set("spareCapacity", distribution(r.spareCapacity()));
            response.put("spareRampMonths", r.spareRampMonths());
            response.set("substitution", response(r.substitution()));
            response.set("recycling", response(r.recycling()));
        }
        node.put("horizonMonths", spec.horizonMonths());
        node.put("paths", spec.paths());
        node.put("seed", spec.seed());
        ObjectNode market = node.putObject("market");
        market.set("leakage", distribution(spec.market().leakage()));
        market.put("demandElasticity", spec.market().demandElasticity());
        market.put("supplyElasticity", spec.market().supplyElasticity());
        market.put("priceCap", spec.market().priceCap());
        market.put("threshold", spec.market().threshold());
        spec.plan().ifPresent(p -> {
            ObjectNode plan = node.putObject("plan");
            plan.put("budgetUsd", p.budgetUsd());
            plan.put("alpha", p.alpha());
            plan.put("paths", p.paths());
            plan.put("countryShare", p.countryShare());
        });
        return node;
    }

    private static ObjectNode response(Response response) {
        ObjectNode node = JSON.createObjectNode();
        node.put("maxFraction", response.maxFraction());
        node.put("lagMonths", response.lagMonths());
        node.put("rampMonths", response.rampMonths());
        return node;
    }

    private static JsonNode distribution(Distribution d) {
        if (d instanceof Distribution.Fixed fixed) {
            return JSON.getNodeFactory().numberNode(fixed.value());
        }
        ObjectNode node = JSON.createObjectNode();
        if (d instanceof Distribution.Uniform u) {
            node.putArray("uniform").add(u.min()).add(u.max());
        } else if (d instanceof Distribution.Triangular t) {
            node.putArray("triangular").add(t.min()).add(t.mode()).add(t.max());
        } else if (d instanceof Distribution.LogNormal l) {
            node.putObject("logNormal").put("median", l.median()).put("p90", l.p90());
        } else if (d instanceof Distribution.Shifted s) {
            node.putObject("shifted").put("by", s.by()).set("base", distribution(s.base()));
        } else {
            throw new IllegalArgumentException("distribution " + d.describe() + " has no JSON form.");
        }
        return node;
    }

    private static Distribution distribution(JsonNode node) {
        if (node.isNumber()) {
            return Distribution.fixed(node.asDouble());
        }
        if (node.has("uniform")) {
            JsonNode a = node.get("uniform");
            return Distribution.uniform(a.get(0).asDouble(), a.get(1).asDouble());
        }
        if (node.has("triangular")) {
            JsonNode a = node.get("triangular");
            return Distribution.triangular(
                    a.get(0).asDouble(), a.get(1).asDouble(), a.get(2).asDouble());
        }
        if (node.has("shifted")) {
            JsonNode s = node.get("shifted");
            return distribution(s.get("base")).plus(s.get("by").asDouble());
        }
        JsonNode l = node.get("logNormal");
        return Distribution.logNormal(l.get("median").asDouble(), l.get("p90").asDouble());
    }

    private static ObjectNode option(PlanOption o) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", o.id());
        node.put("title", o.title());
        node.put("kind", o.kind().id());
        o.country().ifPresent(c -> node.put("country", c));
        node.set("cost", figure(o.cost()));
        o.supply().ifPresent(s -> {
            ObjectNode supply = node.putObject("supply");
            supply.set("capacity", figure(s.capacity()));
            supply.set("startMonth", distribution(s.startMonth()));
            supply.put("startBasis", s.startBasis());
            supply.put("startAssumed", s.startAssumed());
            supply.set("rampMonths", figure(s.rampMonths()));
            supply.set("probability", figure(s.probability()));
        });
        o.reserve().ifPresent(r -> {
            ObjectNode reserve = node.putObject("reserve");
            reserve.set("monthsOfCover", figure(r.monthsOfCover()));
            reserve.set("maxReleasePerMonth", figure(r.maxReleasePerMonth()));
        });
        node.put("minLevel", o.minLevel());
        node.put("maxLevel", o.maxLevel());
        node.put("allOrNothing", o.allOrNothing());
        ArrayNode sources = node.putArray("sources");
        o.sources().forEach(sources::add);
        node.put("note", o.note());
        return node;
    }

    private static PlanOption option(JsonNode n) {
        Optional<Supply> supply = Optional.ofNullable(n.get("supply"))
                .map(s -> new Supply(
                        figure(s.get("capacity")),
                        distribution(s.get("startMonth")),
                        s.get("startBasis").asText(),
                        s.get("startAssumed").asBoolean(),
                        figure(s.get("rampMonths")),
                        figure(s.get("probability"))));
        Optional<Reserve> reserve = Optional.ofNullable(n.get("reserve"))
                .map(r -> new Reserve(figure(r.get("monthsOfCover")), figure(r.get("maxReleasePerMonth"))));
        List<String> sources = new ArrayList<>();
        n.withArray("sources").forEach(s -> sources.add(s.asText()));
        return new PlanOption(
                n.get("id").asText(),
                n.get("title").asText(),
                OptionKind.parse(n.get("kind").asText()),
                Optional.ofNullable(n.get("country")).map(JsonNode::asText),
                figure(n.get("cost")),
                supply,
                reserve,
                n.get("minLevel").asDouble(),
                n.get("maxLevel").asDouble(),
                n.get("allOrNothing").asBoolean(),
                sources,
                n.get("note").asText());
    }

    private static ObjectNode figure(Figure f) {
        ObjectNode node = JSON.createObjectNode();
        node.put("value", f.value());
        f.source().ifPresent(s -> node.put("source", s));
        node.put("assumed", f.assumed());
        node.put("basis", f.basis());
        return node;
    }

    private static Figure figure(JsonNode n) {
        return new Figure(
                n.get("value").asDouble(),
                Optional.ofNullable(n.get("source")).map(JsonNode::asText),
                n.get("assumed").asBoolean(),
                n.get("basis").asText());
    }
}
