package lodestone.news.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Sorts the gold events an extraction misses by what the nearest unmatched prediction of the same article gets wrong,
 * under the scorer's rules (type equal, parties overlapping by at least half of the smaller set, a mineral in common):
 * the same type and minerals but other parties; the same type and parties but other minerals; the same parties and
 * minerals but another type; the same type only; or nothing near. A near miss costs twice, a miss and a false positive.
 * Run with pairs of a gold file and a prediction file (what {@code lodestone extract --format jsonl} writes), each
 * optionally restricted to the articles whose name matches a regular expression; {@code -Dexamples=N} prints N
 * examples of each kind. The type confusions (the third kind) are also counted by pair of types, the gold event's and
 * the prediction's, with one example of each pair:
 *
 * <pre>
 * java -cp ... lodestone.news.extract.NearMisses GOLD.jsonl=PRED.jsonl[#REGEX]...
 * </pre>
 */
final class NearMisses {
    private NearMisses() {}

    /** The kinds of miss, nearest first. */
    enum Kind {
        PARTIES("same type and minerals, other parties"),
        MINERALS("same type and parties, other minerals"),
        TYPE("same parties and minerals, another type"),
        TYPE_ONLY("same type only"),
        NOTHING("nothing near");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** One missed gold event, its kind and the nearest unmatched prediction (null when nothing is near). */
    record Miss(
            String article,
            Kind kind,
            JsonNode gold,
            @Nullable JsonNode nearest) {
        /** @return whether the nearest prediction was read from the sentence that holds the gold event's evidence */
        boolean sameSentence() {
            if (nearest == null || !gold.hasNonNull("evidence") || !nearest.hasNonNull("evidence")) {
                return false;
            }
            String g = squeeze(gold.get("evidence").asText());
            String p = squeeze(nearest.get("evidence").asText());
            return !g.isEmpty() && !p.isEmpty() && (p.contains(g) || g.contains(p));
        }
    }

    private static String squeeze(String s) {
        return String.join(" ", s.toLowerCase(Locale.ROOT).trim().split("\\s+"));
    }

    /**
     * @param gold an article's gold events
     * @param predicted its predicted events
     * @return the article's missed gold events with their kinds
     */
    static List<Miss> misses(String article, List<JsonNode> gold, List<JsonNode> predicted) {
        Map<Integer, Integer> pairs = GoldScore.matchedEventPairs(gold, predicted);
        Set<Integer> usedG = pairs.keySet();
        Set<Integer> usedP = new HashSet<>(pairs.values());
        List<Miss> out = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            if (usedG.contains(i)) {
                continue;
            }
            JsonNode g = gold.get(i);
            Miss best = new Miss(article, Kind.NOTHING, g, null);
            for (int j = 0; j < predicted.size(); j++) {
                if (usedP.contains(j)) {
                    continue;
                }
                Miss m = new Miss(article, kind(g, predicted.get(j)), g, predicted.get(j));
                // the nearest kind first; of one kind, a prediction read from the gold event's own sentence
                if (m.kind().compareTo(best.kind()) < 0
                        || (m.kind() == best.kind()
                                && m.kind() != Kind.NOTHING
                                && m.sameSentence()
                                && !best.sameSentence())) {
                    best = m;
                }
            }
            out.add(best);
        }
        return out;
    }

    static Kind kind(JsonNode g, JsonNode p) {
        boolean type = g.get("type").asText().equals(p.get("type").asText());
        boolean parties = overlap(g.get("parties"), p.get("parties"), true);
        boolean minerals = overlap(g.get("minerals"), p.get("minerals"), false);
        if (type && minerals && !parties) {
            return Kind.PARTIES;
        }
        if (type && parties && !minerals) {
            return Kind.MINERALS;
        }
        if (!type && parties && minerals) {
            return Kind.TYPE;
        }
        return type ? Kind.TYPE_ONLY : Kind.NOTHING;
    }

    private static boolean overlap(JsonNode a, JsonNode b, boolean parties) {
        Set<String> x = set(a);
        Set<String> y = set(b);
        if (x.isEmpty() || y.isEmpty()) {
            return !parties && x.isEmpty() && y.isEmpty();
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return parties ? both.size() >= Math.min(x.size(), y.size()) / 2.0 : !both.isEmpty();
    }

    private static Set<String> set(JsonNode array) {
        Set<String> out = new HashSet<>();
        if (array != null) {
            array.forEach(n -> out.add(String.join(
                    " ",
                    n.asText()
                            .toLowerCase(Locale.ROOT)
                            .replace("'s ", " ")
                            .trim()
                            .split("\\s+"))));
        }
        return out;
    }

    public static void main(String[] args) {
        int examples = Integer.getInteger("examples", 3);
        Map<Kind, Integer> total = new TreeMap<>();
        Map<Kind, Integer> inSentence = new TreeMap<>();
        Map<Kind, List<Miss>> shown = new TreeMap<>();
        Map<String, int[]> confusions = new TreeMap<>();
        Map<String, Miss> confusionExamples = new TreeMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            int hash = arg.indexOf('#');
            Path goldFile = Path.of(arg.substring(0, eq));
            Path predFile = Path.of(hash < 0 ? arg.substring(eq + 1) : arg.substring(eq + 1, hash));
            Pattern files = Pattern.compile(hash < 0 ? ".*" : arg.substring(hash + 1));
            Map<String, JsonNode> gold = GoldScore.load(goldFile);
            Map<String, JsonNode> predicted = GoldScore.load(predFile);
            Map<Kind, Integer> split = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : gold.entrySet()) {
                if (!files.matcher(e.getKey()).matches()) {
                    continue;
                }
                JsonNode p = predicted.get(e.getKey());
                for (Miss m : misses(
                        e.getKey(),
                        GoldScore.list(e.getValue().get("events")),
                        p == null ? List.of() : GoldScore.list(p.get("events")))) {
                    split.merge(m.kind(), 1, Integer::sum);
                    total.merge(m.kind(), 1, Integer::sum);
                    if (m.sameSentence()) {
                        inSentence.merge(m.kind(), 1, Integer::sum);
                    }
                    if (m.kind() == Kind.TYPE) {
                        String pair = m.gold().get("type").asText() + " -> "
                                + Objects.requireNonNull(m.nearest())
                                        .get("type")
                                        .asText();
                        int[] c = confusions.computeIfAbsent(pair, k -> new int[2]);
                        c[0]++;
                        c[1] += m.sameSentence() ? 1 : 0;
                        Miss old = confusionExamples.get(pair);
                        if (old == null || (m.sameSentence() && !old.sameSentence())) {
                            confusionExamples.put(pair, m);
                        }
                    }
                    List<Miss> list = shown.computeIfAbsent(m.kind(), k -> new ArrayList<>());
                    if (list.size() < examples && m.kind() != Kind.NOTHING) {
                        list.add(m);
                    }
                }
            }
            System.out.println(goldFile.getParent().getFileName() + " " + split);
        }
        System.out.println("all " + total);
        System.out.println("of them with the prediction read from the gold event's own sentence " + inSentence);
        System.out.println("type confusions (gold type -> predicted type): misses, of them in the own sentence");
        confusions.entrySet().stream()
                .sorted((a, b) -> b.getValue()[0] - a.getValue()[0])
                .forEach(e -> {
                    Miss example = Objects.requireNonNull(confusionExamples.get(e.getKey()));
                    System.out.println("  " + e.getKey() + ": " + e.getValue()[0] + " (" + e.getValue()[1] + ")\n    "
                            + example.article() + " gold " + brief(example.gold()) + "\n    pred "
                            + brief(Objects.requireNonNull(example.nearest())));
                });
        shown.forEach((kind, list) -> {
            System.out.println("== " + kind.label);
            for (Miss m : list) {
                System.out.println(m.article() + (m.sameSentence() ? " (same sentence)" : "") + "\n  gold "
                        + brief(m.gold()) + "\n  pred " + brief(Objects.requireNonNull(m.nearest())));
            }
        });
    }

    private static String brief(JsonNode e) {
        String evidence = e.hasNonNull("evidence") ? e.get("evidence").asText() : "";
        return e.get("type").asText() + " " + e.get("parties") + " " + e.get("minerals") + " | " + evidence;
    }
}
