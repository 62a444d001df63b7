package lodestone.model.agreement;

import java.time.LocalDate;
import java.util.Optional;
import lodestone.model.Guards;
import lodestone.model.provenance.SourceId;

/**
 * Something an agreement commits a party to, with its deadline if one is stated or computed from the text.
 *
 * @param text the commitment, close to the source's words
 * @param deadline the deadline, if any
 * @param source the source
 */
public record Commitment(String text, Optional<LocalDate> deadline, SourceId source) {
    public Commitment {
        Guards.requireText(text, "commitment text");
    }
}
