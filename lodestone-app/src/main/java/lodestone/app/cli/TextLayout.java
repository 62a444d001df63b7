package lodestone.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lays text out for a terminal of a given width (pure: strings in, lines out). Tables: number columns keep their
 * natural width and are never wrapped; text columns share what is left, the widest narrowed first, and their cells wrap
 * at spaces (a word longer than its column is cut). Prose lines wrap at spaces under their own indentation; a word
 * longer than the line (a URL) stays whole on a line of its own.
 */
final class TextLayout {
    /** The width when the terminal does not say ($COLUMNS unset): 100 characters. */
    static final int DEFAULT_WIDTH = 100;

    /** No limit: {@code --wide}. */
    static final int UNLIMITED = Integer.MAX_VALUE;

    /** Space between two columns. */
    private static final String GAP = "  ";

    /**
     * A number as the tables show it, with an optional sign or comparison, a per cent sign, an assumption star or a
     * short unit after a space: "270,000", "69.2 %", "-0.35", "&gt;50 %", "0.558*", "US$1,234", "2.5 t".
     */
    private static final Pattern NUMBER =
            Pattern.compile("[<>~+\\-\u2212]?(US)?\\$?[0-9][0-9,.]*(e[+-]?[0-9]+)?( ?%)?\\*?( [a-zA-Z/$]{1,6})?");

    /** Text columns are not narrowed below this (or their header's longest word, or their content if shorter). */
    private static final int MIN_TEXT_WIDTH = 8;

    private TextLayout() {}

    /**
     * @param environment the value of $COLUMNS, or null
     * @return the width tables and prose are fitted to: $COLUMNS when it is a positive number, else 100
     */
    static int width(String environment) {
        if (environment != null) {
            try {
                int columns = Integer.parseInt(environment.trim());
                if (columns > 0) {
                    return columns;
                }
            } catch (NumberFormatException e) {
                // not a number: the default
            }
        }
        return DEFAULT_WIDTH;
    }

    /**
     * @param header the column titles
     * @param rows the cells, one list per row, as long as the header
     * @param cellCap the widest a text column may be before its cells wrap, whatever the width
     * @param width the widest a line may be ({@link #UNLIMITED} for one line per row, unwrapped)
     * @return the table's lines, without trailing spaces
     */
    static List<String> table(List<String> header, List<List<String>> rows, int cellCap, int width) {
        int n = header.size();
        boolean unlimited = width == UNLIMITED;
        int[] natural = new int[n];
        int[] minimum = new int[n];
        int[] fallback = new int[n];
        boolean[] number = new boolean[n];
        for (int i = 0; i < n; i++) {
            int longest = 0;
            boolean numeric = !rows.isEmpty();
            boolean anyValue = false;
            for (List<String> row : rows) {
                String cell = row.get(i);
                longest = Math.max(longest, cell.length());
                if (!cell.isEmpty()) {
                    anyValue = true;
                    numeric &= NUMBER.matcher(cell).matches();
                }
            }
            number[i] = numeric && anyValue;
            int headerWord = longestWord(header.get(i));
            int cellWord = 0;
            for (List<String> row : rows) {
                cellWord = Math.max(cellWord, longestWord(row.get(i)));
            }
            if (unlimited) {
                natural[i] = Math.max(longest, header.get(i).length());
                minimum[i] = natural[i];
                fallback[i] = natural[i];
            } else if (number[i]) {
                natural[i] = Math.max(longest, headerWord);
                minimum[i] = natural[i];
                fallback[i] = natural[i];
            } else {
                natural[i] = Math.max(
                        headerWord,
                        Math.min(cellCap, Math.max(longest, header.get(i).length())));
                minimum[i] = Math.min(natural[i], Math.max(headerWord, cellWord));
                fallback[i] = Math.min(natural[i], Math.max(headerWord, MIN_TEXT_WIDTH));
            }
        }
        int budget = width - GAP.length() * (n - 1);
        int[] widths = natural;
        if (!unlimited) {
            int whole = 0;
            for (int m : minimum) {
                whole += m;
            }
            // words whole where they can be; if they cannot all be, the longest words are cut first
            int[] floor = minimum;
            for (int cap = whole <= budget ? -1 : widestOf(minimum); cap >= 0; cap--) {
                floor = new int[n];
                int sum = 0;
                for (int i = 0; i < n; i++) {
                    floor[i] = Math.max(fallback[i], Math.min(minimum[i], cap));
                    sum += number[i] ? natural[i] : floor[i];
                }
                if (sum <= budget) {
                    break;
                }
            }
            widths = fit(natural, floor, number, budget);
        }
        List<String> lines = new ArrayList<>();
        lines.addAll(row(header, widths));
        for (List<String> cells : rows) {
            lines.addAll(row(cells, widths));
        }
        return lines;
    }

    /**
     * Narrows the text columns to fit a budget: the widest first, down to a common cap, none below its minimum.
     *
     * @return the widths; their sum exceeds the budget only if the minimums do
     */
    private static int[] fit(int[] natural, int[] minimum, boolean[] number, int budget) {
        int widest = 0;
        for (int w : natural) {
            widest = Math.max(widest, w);
        }
        int[] widths = natural.clone();
        for (int cap = widest; cap >= 0; cap--) {
            int total = 0;
            for (int i = 0; i < natural.length; i++) {
                widths[i] = number[i] ? natural[i] : Math.max(minimum[i], Math.min(natural[i], cap));
                total += widths[i];
            }
            if (total <= budget) {
                // what the common cap leaves goes to the columns still narrower than their content, widest first
                for (int spare = budget - total; spare > 0; ) {
                    int widestCut = -1;
                    for (int i = 0; i < natural.length; i++) {
                        if (widths[i] < natural[i] && (widestCut < 0 || natural[i] > natural[widestCut])) {
                            widestCut = i;
                        }
                    }
                    if (widestCut < 0) {
                        break;
                    }
                    int more = Math.min(spare, natural[widestCut] - widths[widestCut]);
                    widths[widestCut] += more;
                    spare -= more;
                }
                return widths;
            }
        }
        return widths;
    }

    private static List<String> row(List<String> cells, int[] widths) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.size(); i++) {
            List<String> lines = cut(cells.get(i), widths[i]);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        List<String> lines = new ArrayList<>();
        for (int line = 0; line < height; line++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < cells.size(); i++) {
                String part = line < wrapped.get(i).size() ? wrapped.get(i).get(line) : "";
                if (i > 0) {
                    text.append(GAP);
                }
                text.append(part).append(" ".repeat(widths[i] - part.length()));
            }
            lines.add(text.toString().stripTrailing());
        }
        return lines;
    }

    /**
     * @return the cell's text in lines of at most {@code width} characters, broken at spaces or after a hyphen or slash
     *     between letters ("technology-/control"), a longer piece cut
     */
    static List<String> cut(String text, int width) {
        if (text.length() <= width) {
            return List.of(text);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +", -1)) {
            boolean first = true;
            for (String piece : pieces(word)) {
                String joined = line.length() == 0 ? piece : (first ? " " : "") + piece;
                if (line.length() > 0 && line.length() + joined.length() > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    joined = piece;
                }
                while (joined.length() > width) {
                    lines.add(joined.substring(0, width));
                    joined = joined.substring(width);
                }
                line.append(joined);
                first = false;
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** @return a word in the pieces a line may break after: a hyphen or slash between two letters ends a piece */
    static List<String> pieces(String word) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < word.length() - 1; i++) {
            char c = word.charAt(i);
            if ((c == '-' || c == '/')
                    && Character.isLetter(word.charAt(i - 1))
                    && Character.isLetter(word.charAt(i + 1))) {
                pieces.add(word.substring(start, i + 1));
                start = i + 1;
            }
        }
        pieces.add(word.substring(start));
        return pieces;
    }

    /**
     * Wraps one line of prose at spaces: continuation lines take the line's indentation plus two spaces (after a
     * bullet "- " or "N. ", its text's indentation). A word longer than the room left stays whole on a line of its
     * own.
     *
     * @param line a line without its line break
     * @param width the widest a line may be
     * @return the lines
     */
    static List<String> wrap(String line, int width) {
        if (line.length() <= width) {
            return List.of(line);
        }
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        java.util.regex.Matcher bullet =
                Pattern.compile("(- |[0-9]+\\. |\\* )").matcher(line).region(indent, line.length());
        int hanging = bullet.lookingAt() ? bullet.end() : indent + 2;
        if (hanging > width / 2) {
            hanging = Math.min(indent, width / 2);
        }
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder(line.substring(0, indent));
        boolean empty = true;
        // each word with the spaces before it, kept as written unless the line breaks there
        java.util.regex.Matcher word =
                Pattern.compile("( *)(\\S+)").matcher(line).region(indent, line.length());
        while (word.find()) {
            String gap = empty ? "" : word.group(1);
            if (!empty && current.length() + gap.length() + word.group(2).length() > width) {
                lines.add(current.toString());
                current = new StringBuilder(" ".repeat(hanging));
                gap = "";
            }
            current.append(gap).append(word.group(2));
            empty = false;
        }
        lines.add(current.toString());
        return lines;
    }

    private static int widestOf(int[] values) {
        int widest = 0;
        for (int v : values) {
            widest = Math.max(widest, v);
        }
        return widest;
    }

    /** @return the longest piece of the text no line break may split ({@link #pieces}) */
    private static int longestWord(String text) {
        int longest = 0;
        for (String word : text.split(" +", -1)) {
            for (String piece : pieces(word)) {
                longest = Math.max(longest, piece.length());
            }
        }
        return longest;
    }
}
