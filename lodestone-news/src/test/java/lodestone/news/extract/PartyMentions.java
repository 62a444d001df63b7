package lodestone.news.extract;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import lodestone.news.article.Article;
import lodestone.news.article.ArticleReader;

/**
 * The organisations the mention stage reads in each article of some folders, one line per article: its folder, a tab, its file name, a
 * tab, and the names of the organisations (a company's name as its key writes it, a gazetteer organisation's name and
 * aliases), separated by " | ". Used to measure how many of the gold labels' organisation parties the mention stage
 * reads at all (news.md §4, round 30).
 */
final class PartyMentions {
    private PartyMentions() {}

    public static void main(String[] args) {
        Gazetteer gazetteer = Gazetteer.bundled();
        MentionFinder finder = new MentionFinder(gazetteer);
        for (String dir : args) {
            for (Article article : ArticleReader.withDefaults().readAll(dir)) {
                Aliases aliases = Aliases.of(article.text(), finder.find(article.text(), Optional.empty()), gazetteer);
                Set<String> names = new LinkedHashSet<>();
                for (Mention m : aliases.mentions()) {
                    if (m.kind() != MentionKind.ORGANISATION) {
                        continue;
                    }
                    aliases.name(m.key()).ifPresent(names::add);
                    if (m.key().startsWith("company:")) {
                        names.add(m.key().substring(8));
                    } else {
                        gazetteer.organisation(m.key()).ifPresent(o -> {
                            names.add(o.name());
                            names.addAll(o.aliases());
                        });
                    }
                    names.add(MentionFinder.LEGAL_SUFFIX.matcher(m.surface()).replaceFirst(""));
                }
                System.out.println(dir + "\t" + article.name() + "\t" + String.join(" | ", names));
            }
        }
    }
}
