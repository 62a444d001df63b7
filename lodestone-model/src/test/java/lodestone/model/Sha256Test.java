package lodestone.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class Sha256Test {
    /** The one-block message "abc" of FIPS 180-2, Appendix B.1, with its published digest. */
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void aTextIsDigestedAsItsUtf8BytesInLowerCaseHex() {
        assertThat(Sha256.hex("abc")).isEqualTo(ABC);
        assertThat(HexFormat.of().formatHex(Sha256.digest("abc".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(ABC);
        assertThat(Sha256.digest(new byte[0])).hasSize(32);
    }

    @Test
    void aTextOutsideAsciiIsTakenAsUtf8() {
        assertThat(Sha256.hex("é")).isEqualTo(HexFormat.of().formatHex(Sha256.digest(new byte[] {
            (byte) 0xC3, (byte) 0xA9
        })));
        assertThat(Sha256.hex("é")).isNotEqualTo(Sha256.hex("e"));
    }
}
