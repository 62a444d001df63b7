package lodestone.news.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lodestone.news.Bundled;
import lodestone.news.TabSeparated;
import lodestone.risk.csv.CuratedCsv;

/**
 * The curated name lists the extractor matches: countries ({@code countries.tsv}), organisations
 * ({@code organisations.csv}, from the research notes) and minerals ({@code minerals.tsv}), all under
 * {@code lodestone/news/} on the class path.
 */
public final class Gazetteer {
    /**
     * Organisation aliases too ambiguous to match without context (the research notes flag them), and short forms that
     * collide with ordinary words.
     */
    static final Set<String> AMBIGUOUS_ALIASES = Set.of(
            "the administration",
            "Commerce",
            "EC",
            "Brussels",
            "GA",
            "Neo",
            "NEO",
            "Vulcan",
            "Pilbara",
            "Rio",
            "MP",
            "Cove",
            "Interior",
            "Treasury",
            "Nolans",
            "Mountain Pass",
            "KAP",
            "the Commission",
            "the bloc",
            "EU",
            "European Union",
            "the EU",
            "Trump administration",
            "Biden administration",
            "the White House",
            "GAC",
            "DOC",
            "DOI",
            "EOP",
            "OSC",
            "LPO",
            "BIS",
            "Commerce Ministry",
            "PLS",
            "INCO",
            "PT Vale",
            "ALB",
            "Efic",
            "Ministry of Commerce",
            "Ministry of Energy and Mineral Resources",
            "Export-Import Bank");

    /**
     * An organisation of the gazetteer.
     *
     * @param id stable id, e.g. {@code us-dfc}
     * @param name official name
     * @param kind government, agency, state-miner, company, fund or international
     * @param country ISO alpha-2 code, if it belongs to one country
     * @param note the research note (what the record says about it)
     * @param aliases the usual press spellings
     */
    public record Organisation(
            String id, String name, String kind, Optional<String> country, String note, List<String> aliases) {
        public Organisation {
            aliases = List.copyOf(aliases);
        }
    }

    /**
     * A mineral of the gazetteer.
     *
     * @param name canonical output name
     * @param knowledgeId the knowledge-base mineral id, if it has one ("critical minerals" has none)
     */
    public record MineralName(String name, Optional<String> knowledgeId) {}

    private final Map<String, String> countryForms;
    private final Map<String, String> countryNames;
    private final Map<String, Organisation> organisations;
    private final Map<String, String> organisationForms;
    private final Map<String, MineralName> mineralForms;
    private final PhraseMatcher countryMatcher;
    private final PhraseMatcher organisationMatcher;
    private final PhraseMatcher mineralMatcher;

    private Gazetteer(
            Map<String, String> countryForms,
            Map<String, String> countryNames,
            Map<String, Organisation> organisations,
            Map<String, String> organisationForms,
            Map<String, MineralName> mineralForms) {
        this.countryForms = Map.copyOf(countryForms);
        this.countryNames = Map.copyOf(countryNames);
        this.organisations = Map.copyOf(organisations);
        this.organisationForms = Map.copyOf(organisationForms);
        this.mineralForms = Map.copyOf(mineralForms);
        this.countryMatcher = new PhraseMatcher(countryForms.keySet(), false);
        this.organisationMatcher = new PhraseMatcher(organisationForms.keySet(), false);
        this.mineralMatcher = new PhraseMatcher(mineralForms.keySet(), true);
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = load();
    }

    /** @return the bundled gazetteer */
    public static Gazetteer bundled() {
        return Holder.INSTANCE;
    }

    private static Gazetteer load() {
        Map<String, String> countryForms = new LinkedHashMap<>();
        Map<String, String> countryNames = new LinkedHashMap<>();
        for (String[] row : tsv("countries.tsv")) {
            String iso = row[0];
            countryNames.put(iso, row[1].split(";", -1)[0]);
            for (int col = 1; col < row.length; col++) {
                for (String form : row[col].split(";", -1)) {
                    if (!form.isBlank()) {
                        countryForms.putIfAbsent(form.strip(), iso);
                    }
                }
            }
        }
        // heads of state and government stand for their country: "Donald Trump", "President Trump", "Premier Li"
        List<List<String>> holders = csv("heads-of-state.csv");
        for (List<String> row : holders.subList(1, holders.size())) {
            String iso = row.get(0).strip();
            String person = row.get(2).strip();
            // a generational suffix is no surname: "Ferdinand Marcos Jr." is "President Marcos" (a monarch's
            // numeral is kept: "Charles III" has no surname to stand alone)
            String named = person.replaceFirst(",?\\s+(?:Jr\\.?|Sr\\.?|II|III|IV)$", "");
            if (named.indexOf(' ') < 0) {
                named = person;
            }
            String[] names = named.split(" ", -1);
            String surname = names[names.length - 1];
            countryForms.putIfAbsent(person, iso);
            countryForms.putIfAbsent(named, iso);
            if (surname.length() >= 4) {
                for (String title : List.of("President ", "Prime Minister ", "Premier ", "Chancellor ", "PM ")) {
                    countryForms.putIfAbsent(title + surname, iso);
                }
            }
        }
        Map<String, Organisation> organisations = new LinkedHashMap<>();
        Map<String, String> organisationForms = new LinkedHashMap<>();
        List<List<String>> csv = csv("organisations.csv");
        for (List<String> row : csv.subList(1, csv.size())) {
            String id = row.get(0);
            String country = row.size() > 4 ? row.get(4).strip() : "";
            Organisation org = new Organisation(
                    id,
                    row.get(1),
                    row.size() > 3 ? row.get(3) : "",
                    country.isEmpty() ? Optional.empty() : Optional.of(country),
                    row.size() > 5 ? row.get(5) : "",
                    row.size() > 2 ? List.of(row.get(2).split(";")) : List.of());
            organisations.put(id, org);
            List<String> forms = new ArrayList<>();
            forms.add(row.get(1));
            if (row.size() > 2) {
                forms.addAll(List.of(row.get(2).split(";")));
            }
            for (String form : forms) {
                String f = form.strip();
                // two characters only with a digit ("G7"): two letters alone are too often something else
                boolean longEnough =
                        f.length() >= 3 || (f.length() == 2 && f.chars().anyMatch(Character::isDigit));
                if (longEnough && !AMBIGUOUS_ALIASES.contains(f) && !countryForms.containsKey(f)) {
                    organisationForms.putIfAbsent(f, id);
                }
            }
        }
        Map<String, MineralName> mineralForms = new LinkedHashMap<>();
        for (String[] row : tsv("minerals.tsv")) {
            MineralName mineral = new MineralName(row[0], row[1].equals("-") ? Optional.empty() : Optional.of(row[1]));
            for (String form : row[2].split("\\|", -1)) {
                if (!form.isBlank()) {
                    mineralForms.putIfAbsent(form.strip().toLowerCase(java.util.Locale.ROOT), mineral);
                }
            }
        }
        return new Gazetteer(countryForms, countryNames, organisations, organisationForms, mineralForms);
    }

    private static List<String[]> tsv(String name) {
        return TabSeparated.lines(lines(name)).stream()
                .map(TabSeparated.Line::fields)
                .toList();
    }

    static List<List<String>> csv(String name) {
        return CuratedCsv.parse(String.join("\n", lines(name)));
    }

    static List<String> lines(String name) {
        return Bundled.text("lodestone/news/" + name).lines().toList();
    }

    PhraseMatcher countries() {
        return countryMatcher;
    }

    PhraseMatcher organisations() {
        return organisationMatcher;
    }

    PhraseMatcher minerals() {
        return mineralMatcher;
    }

    String countryOf(String form) {
        return Objects.requireNonNull(countryForms.get(form), form);
    }

    String organisationOf(String form) {
        return Objects.requireNonNull(organisationForms.get(form), form);
    }

    /**
     * @param form a surface form
     * @return the id of the organisation the gazetteer matches it to, if it matches one
     */
    Optional<String> organisationKey(String form) {
        return Optional.ofNullable(organisationForms.get(form));
    }

    /** @return whether the form names a country (or a head of state standing for one) */
    boolean namesCountry(String form) {
        return countryForms.containsKey(form);
    }

    /** @return whether the form names a mineral */
    boolean namesMineral(String form) {
        return mineralForms.containsKey(form.toLowerCase(java.util.Locale.ROOT));
    }

    MineralName mineralOf(String form) {
        return Objects.requireNonNull(mineralForms.get(form.toLowerCase(java.util.Locale.ROOT)), form);
    }

    /**
     * @param text any text
     * @return the ISO alpha-2 codes of the countries it names, in order, without repeats
     */
    public List<String> countriesIn(String text) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (PhraseMatcher.Match m : countryMatcher.find(text)) {
            out.add(countryForms.get(m.surface()));
        }
        return List.copyOf(out);
    }

    /**
     * @param iso2 an ISO alpha-2 code
     * @return the country's short name, or the code
     */
    public String countryName(String iso2) {
        return countryNames.getOrDefault(iso2, iso2);
    }

    /**
     * @param id an organisation id
     * @return the organisation
     */
    public Optional<Organisation> organisation(String id) {
        return Optional.ofNullable(organisations.get(id));
    }

    /**
     * @param name a canonical mineral name
     * @return the knowledge-base id, if the mineral has one
     */
    public Optional<String> mineralId(String name) {
        return mineralForms.values().stream()
                .filter(m -> m.name().equals(name))
                .findFirst()
                .flatMap(MineralName::knowledgeId);
    }
}
