package lodestone.news.extract;

import java.util.Locale;

/** The kinds of event read from news, with the ids of the JSONL schema. */
public enum EventType {
    AGREEMENT,
    INVESTMENT,
    OFFTAKE,
    JOINT_VENTURE,
    EXPORT_CONTROL,
    EXPORT_CONTROL_SUSPENSION,
    LIST_UPDATE,
    TARIFF,
    /** Other concrete actions: price floors, stockpiles, production quotas, Section 232 steps, strategic projects. */
    OTHER;

    /** @return the schema id, e.g. {@code joint_venture} */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
