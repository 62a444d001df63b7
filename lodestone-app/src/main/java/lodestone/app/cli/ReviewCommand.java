package lodestone.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import lodestone.report.news.ReviewQuery;
import lodestone.report.table.Listing;
import lodestone.store.db.LodestoneStore;
import lodestone.store.news.DraftRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lodestone review}: the review of what {@code lodestone ingest} stored from news. Lists the unverified news
 * records no one has reviewed; {@code review link} ties one to a record on file; {@code review promote} turns an event
 * into a draft measure or agreement (validated like the curated ones, with the article as its source), which {@code
 * lodestone measures} and {@code lodestone agreement} show marked as an unverified draft and no analytics read.
 */
@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        description = {
            "List the unverified news records that `lodestone ingest` stored and no one has reviewed yet, each as"
                    + " ARTICLE:SEQ with its type, summary, verdict at ingest time and evidence.",
            "Then either link one to a record on file (`review link ARTICLE:SEQ RECORD-ID`) or promote an event into a"
                    + " draft curated record (`review promote ARTICLE:SEQ --kind ban ...`). Drafts are shown marked as"
                    + " unverified drafts and never feed the risk index or scenarios. Decisions survive a re-ingest of"
                    + " the same article."
        },
        subcommands = {ReviewCommand.Link.class, ReviewCommand.Promote.class})
final class ReviewCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (store.format == OutputFormat.CSV) {
            throw new UserException("format csv is not supported by review; use table or json.");
        }
        ReviewQuery.Review review;
        try (LodestoneStore opened = store.open()) {
            review = ReviewQuery.list(opened);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (store.format == OutputFormat.JSON) {
            Output.json(out, review);
            return 0;
        }
        Output.fitted(out, store, text -> list(text, review));
        return 0;
    }

    private static void list(PrintWriter out, ReviewQuery.Review review) {
        List<ReviewQuery.Pending> pending = review.unverified();
        int decided = review.decisions().size();
        out.println(
                pending.isEmpty()
                        ? "No unverified news record awaits review (" + decided + " reviewed)."
                        : pending.size() + " unverified news records await review (" + decided + " reviewed):");
        Output.table(out, Listing.of(pending, ReviewQuery.Pending.class).table().width(50));
    }

    /**
     * A review decision on one news record ({@code review link}, {@code review promote}): opens the store, takes the
     * decision through the report layer on today's date and prints what was stored.
     */
    abstract static class DecisionCommand implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(
                index = "0",
                paramLabel = "ARTICLE:SEQ",
                description = "The news record (an event, to promote), as `lodestone review` lists it.")
        String record;

        /** @return the decision taken against the open store */
        abstract ReviewQuery.Decision decide(LodestoneStore opened, LocalDate today);

        @Override
        public final Integer call() {
            ReviewQuery.Decision decision;
            try (LodestoneStore opened = store.open()) {
                decision = decide(opened, LocalDate.now(Clocks.SYSTEM));
            }
            PrintWriter out = spec.commandLine().getOut();
            if (store.format == OutputFormat.JSON) {
                Output.json(out, decision);
            } else {
                out.println((decision.linked() ? "Linked" : "Promoted") + " news record " + decision.article() + " ["
                        + decision.spanStart() + ", " + decision.spanEnd() + ") "
                        + (decision.linked()
                                ? "to " + decision.record() + "."
                                : "into the draft " + decision.record()
                                        + " (unverified; shown marked as a draft, never read by the analytics):"));
                if (decision.draft() != null) {
                    out.print(decision.draft());
                }
            }
            out.flush();
            return 0;
        }
    }

    /** {@code lodestone review link ARTICLE:SEQ RECORD-ID}. */
    @Command(
            name = "link",
            mixinStandardHelpOptions = true,
            description = "Link an unverified news record to the measure, agreement, stockpile, price floor or draft it"
                    + " reports on; it leaves the review list.")
    static final class Link extends DecisionCommand {
        @Parameters(index = "1", paramLabel = "RECORD-ID", description = "The id of the record on file.")
        String target;

        @Override
        ReviewQuery.Decision decide(LodestoneStore opened, LocalDate today) {
            return ReviewQuery.link(opened, record, target, today);
        }
    }

    /** {@code lodestone review promote ARTICLE:SEQ [options]}. */
    @Command(
            name = "promote",
            mixinStandardHelpOptions = true,
            description = {
                "Promote a news event into a draft measure or agreement in the curated format, with the article as its"
                        + " news-tier source. What the options leave out is taken from the event (parties, minerals,"
                        + " date, amount) and its article (title, URL, publication date); the draft is validated like"
                        + " the curated records and refused with the field at fault.",
                "Example: lodestone review promote 3f2a9c0d11aa2b3c:1 --kind ban --target JP"
            })
    static final class Promote extends DecisionCommand {
        @Option(
                names = "--as",
                paramLabel = "KIND",
                description = "measure or agreement (default: from the event type).")
        Optional<String> as;

        @Option(names = "--id", paramLabel = "ID", description = "The draft's id (default: draft-TYPE-ARTICLE-SEQ).")
        Optional<String> id;

        @Option(names = "--title", paramLabel = "TEXT", description = "The draft's title (default: from the event).")
        Optional<String> title;

        @Option(
                names = "--issuer",
                paramLabel = "ISO2",
                description =
                        "A measure's issuing country (default: the first" + " country among the event's parties).")
        Optional<String> issuer;

        @Option(
                names = "--kind",
                paramLabel = "KIND",
                description = "A measure's kind (licensing, ban, quota, export-tax,"
                        + " content-rule, technology-control; required for a measure) or an agreement's kind.")
        Optional<String> kind;

        @Option(
                names = "--mineral",
                paramLabel = "ID",
                description = "A mineral covered (repeat; default: the event's).")
        List<String> minerals = new ArrayList<>();

        @Option(
                names = "--target",
                paramLabel = "ISO2",
                description = "A measure's destination (repeat; default: all).")
        List<String> targets = new ArrayList<>();

        @Option(
                names = "--party",
                paramLabel = "ISO2|NAME",
                description = "An agreement's party (repeat; default: the" + " event's).")
        List<String> parties = new ArrayList<>();

        @Option(
                names = "--date",
                paramLabel = "DATE",
                description = "Announcement or signing date (default: the event's,"
                        + " else the article's publication date).")
        Optional<LocalDate> date;

        @Option(
                names = "--source-url",
                paramLabel = "URL",
                description = "The article's URL, needed when it was" + " ingested from a file.")
        Optional<String> sourceUrl;

        @Option(
                names = "--publisher",
                paramLabel = "NAME",
                description = "The article's publisher (default: the URL's" + " host).")
        Optional<String> publisher;

        @Override
        ReviewQuery.Decision decide(LodestoneStore opened, LocalDate today) {
            return ReviewQuery.promote(
                    opened,
                    record,
                    new DraftRequest(
                            as, id, title, issuer, kind, minerals, targets, parties, date, sourceUrl, publisher),
                    today);
        }
    }
}
