package lodestone.sim.backtest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lodestone.model.mineral.MineralCatalogue;
import lodestone.sim.scenario.Behaviour;
import lodestone.sim.scenario.FieldReader;
import lodestone.sim.scenario.ScenarioException;
import lodestone.sim.scenario.ScenarioSpec;

/**
 * Episodes and development records read and parsed once, for runs under many behaviours: the calibration runs the same
 * evidence under each of its 216 candidates and the cross-validation under each fold's choice, and reading the files
 * again for every run was most of a small run's cost.
 *
 * <p>An episode read under one behaviour differs from the same file read under another only in the behaviour of its
 * markets that do not override it ({@link lodestone.sim.scenario.ScenarioReader}), so each file is read once (by {@link
 * EpisodeReader}, with its checks and messages) and its markets are given each behaviour asked for. An episode with a
 * market that overrides part of the behaviour (a {@code behaviour} field; of the shipped ones only {@code
 * cn-magnesium-2021}'s, its issuer's absorption) has its scenarios read again for each behaviour, from their texts as
 * the reader reads them (kept once; the rest of the file, its rows and declarations, is not read again: that re-read
 * was about a tenth of {@code backtest --calibrate --cross-validate} at 100 paths), so that the scenario reader merges
 * the override field by field as before. The
 * development records' rows do not depend on the behaviour and are read once. {@link #withDevelopment} equals {@link
 * Episodes#withDevelopment} and {@link #load} equals {@link Episodes#load}, record for record.
 */
public final class ParsedEpisodes {
    /** The behaviour the files are read under; any would do. */
    private static final Behaviour READ_UNDER = Behaviour.PRIOR;

    private final List<Parsed> own;
    private final List<Episode> withDevelopment;
    private final MineralCatalogue catalogue;

    /**
     * One episode as read, with what is needed to give it another behaviour.
     *
     * @param episode the episode read under {@link #READ_UNDER}
     * @param origin its file name, for messages
     * @param overrides whether a market of it overrides part of the behaviour
     * @param scenarioTexts its scenarios' texts as the reader reads them ({@link EpisodeReader#scenarioTexts}), kept
     *     for an episode that overrides part of the behaviour (else empty)
     */
    private record Parsed(Episode episode, String origin, boolean overrides, List<String> scenarioTexts) {}

    private ParsedEpisodes(List<Parsed> own, List<Episode> withDevelopment, MineralCatalogue catalogue) {
        this.own = List.copyOf(own);
        this.withDevelopment = List.copyOf(withDevelopment);
        this.catalogue = catalogue;
    }

    /**
     * Reads every shipped episode ({@link Episodes#IDS}) and development record ({@link Episodes#DEVELOPMENT}) once.
     *
     * @param texts reads the episode and development files
     * @param catalogue the minerals known
     * @return the parsed evidence
     * @throws ScenarioException listing every problem of the first file that has one
     */
    public static ParsedEpisodes read(Episodes.Texts texts, MineralCatalogue catalogue) {
        Map<String, String> episodes = new LinkedHashMap<>();
        for (String id : Episodes.IDS) {
            episodes.put(id + ".yaml", texts.text(Episodes.resource(id)));
        }
        Map<String, String> records = new LinkedHashMap<>();
        for (String record : Episodes.DEVELOPMENT) {
            String resource = Episodes.developmentResource(record);
            records.put(resource, texts.text(resource));
        }
        return read(episodes, records, catalogue);
    }

    /**
     * @param episodes the episodes' texts by file name, in order
     * @param records the development records' texts by file name, in the order their rows are added
     * @param catalogue the minerals known
     * @return the parsed evidence
     */
    static ParsedEpisodes read(Map<String, String> episodes, Map<String, String> records, MineralCatalogue catalogue) {
        List<Parsed> own = new ArrayList<>();
        List<Episode> all = new ArrayList<>();
        episodes.forEach((origin, text) -> {
            Episode episode = EpisodeReader.read(text, origin, catalogue, READ_UNDER);
            boolean overrides = overridesBehaviour(text, origin);
            own.add(new Parsed(
                    episode, origin, overrides, overrides ? EpisodeReader.scenarioTexts(text, origin) : List.of()));
            all.add(episode);
        });
        for (Map.Entry<String, String> record : records.entrySet()) {
            Map<String, List<Observation>> extra =
                    EpisodeReader.readExtra(record.getValue(), record.getKey(), List.copyOf(all));
            all.replaceAll(e -> e.withMoreObservations(extra.getOrDefault(e.id(), List.of())));
        }
        return new ParsedEpisodes(own, all, catalogue);
    }

    /**
     * @param behaviour the behaviour of markets that do not override it
     * @return every episode with its own rows only, as {@link Episodes#load} reads them
     */
    public List<Episode> load(Behaviour behaviour) {
        List<Episode> out = new ArrayList<>();
        for (Parsed parsed : own) {
            out.add(under(parsed, parsed.episode(), behaviour));
        }
        return out;
    }

    /**
     * @param behaviour the behaviour of markets that do not override it
     * @return every episode with the development records' rows added, as {@link Episodes#withDevelopment} reads them
     */
    public List<Episode> withDevelopment(Behaviour behaviour) {
        List<Episode> out = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            out.add(under(own.get(i), withDevelopment.get(i), behaviour));
        }
        return out;
    }

    /** @return the episode (its rows as given) with the scenarios its file gives under that behaviour */
    private Episode under(Parsed parsed, Episode episode, Behaviour behaviour) {
        List<ScenarioSpec> scenarios = parsed.overrides()
                ? EpisodeReader.scenarios(parsed.scenarioTexts(), parsed.origin(), catalogue, behaviour)
                : episode.scenarios().stream()
                        .map(s -> s.mapMarkets(m -> m.withBehaviour(behaviour)))
                        .toList();
        return episode.withScenarios(scenarios);
    }

    /** @return whether a market of any scenario of the (valid) episode has a {@code behaviour} field */
    private static boolean overridesBehaviour(String text, String origin) {
        JsonNode root = FieldReader.tree(text, origin, ScenarioException::new);
        if (root == null) {
            return false;
        }
        for (JsonNode scenario : root.path("scenarios")) {
            for (JsonNode market : scenario.path("markets")) {
                if (market.has("behaviour")) {
                    return true;
                }
            }
        }
        return false;
    }
}
