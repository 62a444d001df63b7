package lodestone.news.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A typed event read from one sentence (and, where the rules say so, its neighbours).
 *
 * @param type the kind of event
 * @param parties the parties as output: ISO alpha-2 codes of countries, organisations as written
 * @param countries the ISO alpha-2 codes among the parties and of the organisations' countries
 * @param organisations the organisation ids of the gazetteer among the parties
 * @param minerals canonical mineral names ("rare earths", "critical minerals", element names)
 * @param money the amount tied to the event, if any
 * @param date the event's date, if the text gives it to the day
 * @param title a quoted title in the evidence (for agreements), if any
 * @param descriptions appositive descriptions of organisations ("a joint US-Australian mining venture"), if any
 * @param evidence the evidence span: the sentence the event was read from
 * @param start offset of the evidence in the article text
 * @param end offset after the evidence
 * @param rule the rule that fired, for explanations
 */
public record Event(
        EventType type,
        List<String> parties,
        List<String> countries,
        List<String> organisations,
        List<String> minerals,
        Optional<Money> money,
        Optional<LocalDate> date,
        Optional<String> title,
        List<String> descriptions,
        String evidence,
        int start,
        int end,
        String rule) {
    public Event {
        parties = List.copyOf(parties);
        countries = List.copyOf(countries);
        organisations = List.copyOf(organisations);
        minerals = List.copyOf(minerals);
        descriptions = List.copyOf(descriptions);
    }

    /** @return the amount in US dollars, when the text states it in US dollars */
    public Optional<Double> amountUsd() {
        return money.filter(Money::isUsd).map(Money::amount);
    }
}
