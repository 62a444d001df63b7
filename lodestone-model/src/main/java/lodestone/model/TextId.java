package lodestone.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An enum whose constants have a stable text id for files and output: the constant's name in lower case with
 * {@code _} written {@code -} ({@code JOINT_VENTURE} is {@code joint-venture}).
 */
public interface TextId {
    /** @return the constant's name, as every enum has it */
    String name();

    /** @return the identifier used in files and output, e.g. "joint-venture" */
    default String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param type the enum
     * @param id an identifier written by {@link #id()}
     * @param what what the enum names, for the message, e.g. "agreement kind"
     * @param <E> the enum type
     * @return the constant with this id
     * @throws IllegalArgumentException naming the value and every id if there is none
     */
    static <E extends Enum<E> & TextId> E parse(Class<E> type, String id, String what) {
        for (E constant : type.getEnumConstants()) {
            if (constant.id().equals(id)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(what + " (" + id + ") must be one of "
                + Arrays.stream(type.getEnumConstants()).map(TextId::id).collect(Collectors.joining(", ")) + ".");
    }
}
