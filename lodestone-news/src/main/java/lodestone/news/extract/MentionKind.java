package lodestone.news.extract;

/** What a mention refers to. */
public enum MentionKind {
    COUNTRY,
    ORGANISATION,
    MINERAL,
    MONEY,
    PERCENT,
    DATE
}
