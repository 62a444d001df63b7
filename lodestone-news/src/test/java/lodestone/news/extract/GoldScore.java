package lodestone.news.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The matching rules of {@code ../shared/tools/score-extraction}, in Java, so that tests can hold the extractor to its
 * accuracy: events match on type, half the smaller party set and one common mineral (or both none); claims on country,
 * stage, mineral and a share within one point; greedy one-to-one, best overlap first.
 */
final class GoldScore {
    static final ObjectMapper JSON = new ObjectMapper();

    record Prf(int matched, int predicted, int gold) {
        double precision() {
            return predicted == 0 ? (gold == 0 ? 1 : 0) : (double) matched / predicted;
        }

        double f1() {
            double p = predicted == 0 ? (gold == 0 ? 1 : 0) : (double) matched / predicted;
            double r = gold == 0 ? 1 : (double) matched / gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    record Score(Prf events, Prf claims) {}

    static Map<String, JsonNode> load(Path jsonl) {
        try {
            Map<String, JsonNode> out = new LinkedHashMap<>();
            for (String line : Files.readAllLines(jsonl)) {
                if (!line.isBlank()) {
                    JsonNode node = JSON.readTree(line);
                    out.put(node.get("file").asText(), node);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode node(Map<String, Object> schema) {
        return JSON.valueToTree(schema);
    }

    static Score score(Map<String, JsonNode> gold, Map<String, JsonNode> predicted) {
        int em = 0, ep = 0, eg = 0, cm = 0, cp = 0, cg = 0;
        for (Map.Entry<String, JsonNode> entry : gold.entrySet()) {
            JsonNode p = predicted.get(entry.getKey());
            List<JsonNode> ge = list(entry.getValue().get("events"));
            List<JsonNode> pe = p == null ? List.of() : list(p.get("events"));
            List<JsonNode> gc = list(entry.getValue().get("claims"));
            List<JsonNode> pc = p == null ? List.of() : list(p.get("claims"));
            em += match(ge, pe, true);
            ep += pe.size();
            eg += ge.size();
            cm += match(gc, pc, false);
            cp += pc.size();
            cg += gc.size();
        }
        return new Score(new Prf(em, ep, eg), new Prf(cm, cp, cg));
    }

    static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        if (array != null) {
            array.forEach(out::add);
        }
        return out;
    }

    private static String norm(String s) {
        return String.join(
                " ", s.toLowerCase(Locale.ROOT).replace("'s ", " ").trim().split("\\s+"));
    }

    private static Set<String> set(JsonNode array) {
        Set<String> out = new HashSet<>();
        if (array != null) {
            array.forEach(n -> out.add(norm(n.asText())));
        }
        return out;
    }

    private static double overlap(JsonNode a, JsonNode b) {
        Set<String> x = set(a);
        Set<String> y = set(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 1;
        }
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return (double) both.size() / Math.min(x.size(), y.size());
    }

    static Double eventScore(JsonNode g, JsonNode p) {
        if (!g.get("type").asText().equals(p.get("type").asText())) {
            return null;
        }
        double po = overlap(g.get("parties"), p.get("parties"));
        double mo = overlap(g.get("minerals"), p.get("minerals"));
        return po < 0.5 || mo == 0 ? null : po + mo;
    }

    private static Double claimScore(JsonNode g, JsonNode p) {
        boolean same = norm(g.get("subject_country").asText())
                        .equals(norm(p.get("subject_country").asText()))
                && norm(g.get("stage").asText()).equals(norm(p.get("stage").asText()))
                && norm(g.get("mineral").asText()).equals(norm(p.get("mineral").asText()))
                && Math.abs(g.get("share_pct").asDouble() - p.get("share_pct").asDouble()) <= 1.0;
        return same ? 1.0 : null;
    }

    private static int match(List<JsonNode> gold, List<JsonNode> predicted, boolean events) {
        return matched(gold, predicted, events).size();
    }

    /**
     * @param gold an article's gold events
     * @param predicted its predicted events
     * @return the indices of the predicted events that match a gold event, one-to-one as {@link #score} counts them
     */
    static Set<Integer> matchedEvents(List<JsonNode> gold, List<JsonNode> predicted) {
        return matched(gold, predicted, true);
    }

    private static Set<Integer> matched(List<JsonNode> gold, List<JsonNode> predicted, boolean events) {
        return new java.util.TreeSet<>(pairs(gold, predicted, events).values());
    }

    /**
     * @param gold an article's gold events
     * @param predicted its predicted events
     * @return the scorer's one-to-one pairs of events, each gold event's index mapped to its prediction's
     */
    static Map<Integer, Integer> matchedEventPairs(List<JsonNode> gold, List<JsonNode> predicted) {
        return pairs(gold, predicted, true);
    }

    private static Map<Integer, Integer> pairs(List<JsonNode> gold, List<JsonNode> predicted, boolean events) {
        List<double[]> pairs = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            for (int j = 0; j < predicted.size(); j++) {
                Double s =
                        events ? eventScore(gold.get(i), predicted.get(j)) : claimScore(gold.get(i), predicted.get(j));
                if (s != null) {
                    pairs.add(new double[] {s, i, j});
                }
            }
        }
        pairs.sort((a, b) -> Double.compare(b[0], a[0]));
        Map<Integer, Integer> out = new LinkedHashMap<>();
        Set<Integer> usedP = new HashSet<>();
        for (double[] pair : pairs) {
            int g = (int) pair[1];
            int p = (int) pair[2];
            if (!out.containsKey(g) && !usedP.contains(p)) {
                out.put(g, p);
                usedP.add(p);
            }
        }
        return out;
    }
}
