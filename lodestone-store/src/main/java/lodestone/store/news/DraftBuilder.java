package lodestone.store.news;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lodestone.model.mineral.Mineral;
import lodestone.store.reference.ReferenceData;

/**
 * Turns one stored news event into a draft curated record: a YAML document in the format of {@code measures.yaml} or
 * {@code agreements.yaml}, with one record and the article as its (news-tier) source. Pure: no database; the caller
 * validates the document with the curated reader before storing it.
 */
final class DraftBuilder {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));

    /**
     * The draft.
     *
     * @param id the record's id
     * @param as measure or agreement
     * @param yaml the document
     */
    record Draft(String id, String as, String yaml) {}

    private final ReferenceData reference;

    DraftBuilder(ReferenceData reference) {
        this.reference = reference;
    }

    Draft build(NewsArchive.StoredArticle article, int seq, DraftRequest request) {
        NewsArchive.StoredRecord record = article.records().get(seq - 1);
        if (!record.kind().equals("event")) {
            throw new IllegalArgumentException("news record " + article.id() + ":" + seq + " is a " + record.kind()
                    + ", not an event; only events become draft records.\nMaybe link it to a record instead.");
        }
        JsonNode payload;
        try {
            payload = JSON.readTree(record.payload());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the stored payload of " + article.id() + ":" + seq + " is not JSON", e);
        }
        String as = request.as().orElseGet(() -> defaultAs(record.type()));
        String id = request.id()
                .orElse("draft-" + record.type().replace('_', '-') + "-"
                        + article.id().substring(0, 8) + "-" + seq);
        LocalDate date = request.date()
                .or(() -> text(payload, "date").map(LocalDate::parse))
                .or(article::published)
                .orElseThrow(() -> new IllegalArgumentException("news record " + article.id() + ":" + seq
                        + " has no date and its article no publication date.\nMaybe pass --date YYYY-MM-DD."));
        List<String> minerals =
                minerals(request.minerals().isEmpty() ? strings(payload, "minerals") : request.minerals());
        if (minerals.isEmpty()) {
            throw new IllegalArgumentException("none of the minerals of news record " + article.id() + ":" + seq + " "
                    + strings(payload, "minerals") + " is in the catalogue.\nMaybe pass --mineral ID.");
        }
        String sourceId = "news-" + article.id();
        String title = request.title().orElse("Draft from news: " + record.summary());
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", id);
        if (as.equals("measure")) {
            entry.put(
                    "issuer",
                    request.issuer()
                            .or(() -> firstCountry(strings(payload, "parties")))
                            .orElseThrow(() -> new IllegalArgumentException("no issuing country found in the parties "
                                    + strings(payload, "parties") + " of " + article.id() + ":" + seq
                                    + ".\nMaybe pass --issuer CN.")));
            entry.put(
                    "kind",
                    request.kind()
                            .orElseThrow(() -> new IllegalArgumentException("the kind of a draft measure"
                                    + " is not in the news record.\nMaybe pass --kind licensing|ban|quota|export-tax|content-rule"
                                    + "|technology-control.")));
            entry.put("title", title);
            entry.put("legal_reference", "not known: draft from a news report, verify against the official text");
            entry.put("minerals", minerals);
            entry.put("product_forms", List.of());
            entry.put("targets", request.targets().isEmpty() ? "all" : request.targets());
            Map<String, Object> announced = new LinkedHashMap<>();
            announced.put("type", "announced");
            announced.put("date", date.toString());
            announced.put("source", sourceId);
            entry.put("events", List.of(announced));
        } else if (as.equals("agreement")) {
            List<Map<String, String>> parties = new ArrayList<>();
            for (String party : request.parties().isEmpty() ? strings(payload, "parties") : request.parties()) {
                parties.add(isCountry(party) ? Map.of("country", party) : Map.of("organisation", party));
            }
            entry.put("title", title);
            entry.put("kind", request.kind().orElse(defaultAgreementKind(record.type())));
            entry.put("parties", parties);
            entry.put("minerals", minerals);
            entry.put("signed", date.toString());
            List<Map<String, Object>> money = new ArrayList<>();
            if (payload.hasNonNull("amount_usd")) {
                Map<String, Object> amount = new LinkedHashMap<>();
                amount.put("amount", payload.get("amount_usd").asDouble());
                amount.put("currency", "USD");
                amount.put("qualifier", "about");
                amount.put("purpose", "unspecified");
                amount.put("payer", "as reported");
                amount.put("press_only", true);
                amount.put("source", sourceId);
                amount.put("note", "amount as extracted from the news report; qualifier and payer not checked");
                money.add(amount);
            }
            entry.put("money", money);
            entry.put("commitments", List.of());
            entry.put("clauses", Map.of());
            entry.put("projects", List.of());
        } else {
            throw new IllegalArgumentException("--as (" + as + ") must be measure or agreement.");
        }
        entry.put("sources", List.of(sourceId));
        entry.put(
                "note",
                "DRAFT promoted from the unverified news record " + article.id() + ":" + seq + " (" + record.type()
                        + "); verify against a primary source before curating.");
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("id", sourceId);
        source.put("publisher", request.publisher().orElseGet(() -> publisher(article, request)));
        source.put("title", article.title().orElse(article.name()));
        source.put("url", url(article, request));
        source.put("published", article.published().map(LocalDate::toString).orElse(null));
        source.put("tier", "news");
        source.put("note", "news article ingested by lodestone ingest (article " + article.id() + "); unverified");
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("sources", List.of(source));
        document.put(as.equals("measure") ? "measures" : "agreements", List.of(entry));
        try {
            return new Draft(id, as, YAML.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the draft " + id, e);
        }
    }

    private static String defaultAs(String type) {
        return switch (type) {
            case "export_control", "export_control_suspension", "tariff" -> "measure";
            case "agreement", "investment", "offtake", "joint_venture" -> "agreement";
            default ->
                throw new IllegalArgumentException("a " + type + " event has no matching record kind.\n"
                        + "Maybe pass --as measure or --as agreement, or link it instead.");
        };
    }

    private static String defaultAgreementKind(String type) {
        return switch (type) {
            case "investment" -> "investment";
            case "offtake" -> "offtake";
            case "joint_venture" -> "joint-venture";
            default -> "agreement";
        };
    }

    private List<String> minerals(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String name : names) {
            reference.minerals().resolve(name).map(Mineral::id).ifPresent(m -> {
                if (!out.contains(m.value())) {
                    out.add(m.value());
                }
            });
        }
        return out;
    }

    private static boolean isCountry(String party) {
        return party.matches("[A-Z]{2}");
    }

    private static Optional<String> firstCountry(List<String> parties) {
        return parties.stream().filter(DraftBuilder::isCountry).findFirst();
    }

    private static String url(NewsArchive.StoredArticle article, DraftRequest request) {
        if (request.sourceUrl().isPresent()) {
            return request.sourceUrl().get();
        }
        if (article.location().startsWith("http://") || article.location().startsWith("https://")) {
            return article.location();
        }
        throw new IllegalArgumentException("the article " + article.name() + " was read from a file ("
                + article.location() + "), so its URL is not known.\nMaybe pass --source-url URL.");
    }

    private static String publisher(NewsArchive.StoredArticle article, DraftRequest request) {
        String url = url(article, request);
        String host = URI.create(url).getHost();
        return host == null ? "news article " + article.name() : host.toLowerCase(Locale.ROOT);
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank()
                ? Optional.empty()
                : Optional.of(value.asText());
    }

    private static List<String> strings(JsonNode node, String field) {
        List<String> out = new ArrayList<>();
        node.path(field).forEach(item -> out.add(item.asText()));
        return out;
    }
}
