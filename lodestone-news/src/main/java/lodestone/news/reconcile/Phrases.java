package lodestone.news.reconcile;

import java.util.List;

/** Sentence parts for messages that never leave a slot empty ("on ." when no mineral was read). */
final class Phrases {
    private Phrases() {}

    /**
     * @param lead the words before the list, e.g. " on "
     * @param items the items
     * @return {@code lead} and the items joined with ", " ("and" before the last), or "" when there are none
     */
    static String optional(String lead, List<String> items) {
        List<String> present = items.stream().filter(s -> !s.isBlank()).toList();
        if (present.isEmpty()) {
            return "";
        }
        if (present.size() == 1) {
            return lead + present.get(0);
        }
        return lead + String.join(", ", present.subList(0, present.size() - 1)) + " and "
                + present.get(present.size() - 1);
    }
}
