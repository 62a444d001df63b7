package lodestone.news.reconcile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lodestone.risk.csv.CuratedCsv;

/**
 * Who held which office when: the sourced table {@code lodestone/news/heads-of-state.csv} (heads of state and
 * government of the countries in this field, from the research notes, with a source URL and a tier per row). Rows whose
 * note says the status or a date is not verified are marked {@link Term#unconfirmed()}.
 */
public final class OfficeHolders {
    /**
     * One person's time in one office.
     *
     * @param country ISO alpha-2 code (or EU)
     * @param office the office as recorded, e.g. "President (head of state and government)"
     * @param person the office holder's name
     * @param start first day in office
     * @param end last day in office; empty if believed in office
     * @param sourceUrl the source of the row
     * @param note the research note (tier, caveats)
     */
    public record Term(
            String country,
            String office,
            String person,
            LocalDate start,
            Optional<LocalDate> end,
            String sourceUrl,
            String note) {
        /**
         * @param date a date
         * @return whether the person held the office on that date (both ends inclusive)
         */
        public boolean covers(LocalDate date) {
            return !date.isBefore(start) && end.map(e -> !date.isAfter(e)).orElse(true);
        }

        /** @return whether the research notes flag this row as not verified */
        public boolean unconfirmed() {
            String lower = note.toLowerCase(Locale.ROOT);
            return lower.contains("not verified")
                    || lower.contains("not stated in")
                    || lower.contains("general knowledge");
        }

        /** @return "Joe Biden, President (...) of US, 2021-01-20 to 2025-01-20" */
        public String describe() {
            return person + ", " + office + " of " + country + ", " + start + " to "
                    + end.map(LocalDate::toString).orElse("(in office)");
        }
    }

    private final List<Term> terms;

    /** @param terms the terms */
    public OfficeHolders(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    private static final class Holder {
        static final OfficeHolders INSTANCE = load();
    }

    /** @return the bundled table */
    public static OfficeHolders bundled() {
        return Holder.INSTANCE;
    }

    /** @return all terms */
    public List<Term> terms() {
        return terms;
    }

    /**
     * @param person a name as in the table
     * @return that person's terms
     */
    public List<Term> termsOf(String person) {
        return terms.stream().filter(t -> t.person().equals(person)).toList();
    }

    /**
     * @param country ISO alpha-2 code
     * @param office a word of the office, e.g. "President" or "Prime Minister"
     * @param date the date
     * @return who held it then
     */
    public List<Term> holders(String country, String office, LocalDate date) {
        return terms.stream()
                .filter(t -> t.country().equals(country) && t.office().contains(office) && t.covers(date))
                .toList();
    }

    private static OfficeHolders load() {
        String path = "lodestone/news/heads-of-state.csv";
        String text;
        try (InputStream in = OfficeHolders.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("resource " + path + " is missing from lodestone-news.");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> rows = CuratedCsv.parse(text);
        List<Term> terms = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() < 6 || row.get(3).isBlank()) {
                continue;
            }
            String end = row.get(4).strip().replace("*", "");
            terms.add(new Term(
                    row.get(0).strip(),
                    row.get(1).strip(),
                    row.get(2).strip(),
                    LocalDate.parse(row.get(3).strip().replace("*", "")),
                    end.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(end)),
                    row.get(5).strip(),
                    row.size() > 6 ? row.get(6) : ""));
        }
        return new OfficeHolders(terms);
    }
}
