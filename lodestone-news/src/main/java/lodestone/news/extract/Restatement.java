package lodestone.news.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences that tell again an action told before rather than a new one.
 *
 * <p>A sentence whose subject is a definite deal noun ("The deal was announced on Thursday in Washington", "The
 * agreement was signed by the two ambassadors", "The deal was one of several agreements announced at the summit")
 * presupposes the deal it refers to: that deal was told before, whatever type the article gave it (a joint venture,
 * an offtake, an agreement). Such a sentence is no new agreement; the actions of other types it carries ("The same
 * deal gave the department a $400 million stake") are read as before.
 */
final class Restatement {
    /** A definite deal noun as the sentence's subject, with at most one word between the determiner and the noun. */
    private static final Pattern DEFINITE_DEAL_SUBJECT = Pattern.compile(
            "^\\W*(?:the|this|that)\\s+(?:same\\s+)?(?:[\\p{L}-]+\\s+)?"
                    + "(?:deal|agreement|pact|accord|arrangement|partnership|transaction|memorandum|mou|framework)s?"
                    + "(?:\\s*,[^,]{1,80},)?\\s+(?!of\\b|on\\b|for\\b|with\\b|between\\b|to\\b|in\\b)\\p{Ll}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Restatement() {}

    /**
     * @param sentence a sentence's text
     * @param trigger where the frame's trigger starts in it
     * @return whether the trigger is the sentence's subject, a definite deal noun followed by its verb ("The deal was
     *     announced ..."); a deal told in the object ("That deal followed a framework signed the day before") is not
     */
    static boolean definiteDealSubject(String sentence, int trigger) {
        Matcher m = DEFINITE_DEAL_SUBJECT.matcher(sentence);
        return m.lookingAt() && trigger < m.end();
    }
}
