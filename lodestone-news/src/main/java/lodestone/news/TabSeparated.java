package lodestone.news;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The data lines of the tab-separated files the news module ships and trains (the vocabulary, the gazetteer, the
 * labelled sentences, the weights): a blank line or a line starting with {@code #} is not data. Line numbers count
 * every line, from 1, so that a message can name the line an editor shows.
 */
public final class TabSeparated {
    private TabSeparated() {}

    /**
     * A data line.
     *
     * @param number its number in the file, from 1
     * @param text the line, without its line break
     */
    public record Line(int number, String text) {
        /** @return the fields between the tabs, empty ones included */
        public String[] fields() {
            return text.split("\t", -1);
        }
    }

    /**
     * @param text a file's text, lines broken at {@code \n}
     * @return its data lines, each as written
     */
    public static List<Line> lines(String text) {
        return lines(Arrays.asList(text.split("\n", -1)));
    }

    /**
     * @param lines a file's lines
     * @return its data lines, each as written
     */
    public static List<Line> lines(List<String> lines) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isBlank() && !line.startsWith("#")) {
                out.add(new Line(i + 1, line));
            }
        }
        return out;
    }

    /**
     * @param text a file's text, lines broken at {@code \n}
     * @return its data lines with leading and trailing white space removed first (so an indented {@code #} starts a
     *     comment too)
     */
    public static List<Line> stripped(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(line.strip());
        }
        return lines(lines);
    }
}
