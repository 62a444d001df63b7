package lodestone.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 digest, as every fingerprint in Lodestone takes it: of a text's UTF-8 bytes, in lower-case hex where it
 * is written down (a baseline file's manifest line, a stored article's id, a screen's results manifest).
 */
public final class Sha256 {
    private Sha256() {}

    /**
     * @param text a text
     * @return the SHA-256 of its UTF-8 bytes, 64 lower-case hex digits
     */
    public static String hex(String text) {
        return HexFormat.of().formatHex(digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * @param bytes some bytes
     * @return their SHA-256, 32 bytes
     */
    public static byte[] digest(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
