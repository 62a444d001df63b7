package lodestone.report.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A name users write for catalogue entries that the catalogue does not give, or gives to one entry where users mean
 * several, with the basis for reading it so. Aliases are made by {@link #parse}, which refuses a line with a blank
 * field.
 *
 * @param kind what it names
 * @param alias the name as users write it
 * @param denotes the ids it denotes (mineral ids, ISO 3166-1 alpha-2 codes): one, or several if it is ambiguous
 * @param basis why, for the reader: what the name means and where that reading comes from
 * @param line the line of the alias file it was read from (1-based)
 */
public record CuratedAlias(Kind kind, String alias, List<String> denotes, String basis, int line) {

    /** What an alias names. */
    public enum Kind {
        /** A mineral catalogue entry. */
        MINERAL,
        /** A country. */
        COUNTRY
    }

    /**
     * Parses the alias file: one alias a line, four tab-separated fields (kind, alias, the ids it denotes separated by
     * spaces, basis); blank lines and lines starting with {@code #} are skipped.
     *
     * @param text the file's text
     * @param file the file's name, for messages
     * @return the aliases in file order
     * @throws IllegalArgumentException naming the file, line, field and value of the first malformed line
     */
    public static List<CuratedAlias> parse(String text, String file) {
        List<CuratedAlias> aliases = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int number = i + 1;
            String[] fields = line.split("\t", -1);
            if (fields.length != 4) {
                throw new IllegalArgumentException(file + " line " + number + ": " + fields.length
                        + " tab-separated fields, expected 4 (kind, alias, denotes, basis).");
            }
            Kind kind;
            try {
                kind = Kind.valueOf(fields[0].trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        file + " line " + number + ": kind (" + fields[0] + ") must be one of "
                                + Arrays.toString(Kind.values()).toLowerCase(Locale.ROOT) + ".",
                        e);
            }
            String alias = fields[1].trim();
            List<String> denotes = Arrays.stream(fields[2].trim().split("\\s+"))
                    .filter(id -> !id.isEmpty())
                    .toList();
            String basis = fields[3].trim();
            if (alias.isEmpty() || denotes.isEmpty() || basis.isEmpty()) {
                throw new IllegalArgumentException(file + " line " + number + ": alias (" + alias + "), denotes ("
                        + fields[2].trim() + ") and basis must not be blank.");
            }
            aliases.add(new CuratedAlias(kind, alias, denotes, basis, number));
        }
        return List.copyOf(aliases);
    }
}
