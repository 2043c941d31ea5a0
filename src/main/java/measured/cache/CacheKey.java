package measured.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over everything that can change a result, fed part by part; each part is length-prefixed
 * so that ("ab","c") and ("a","bc") give different keys.
 */
public final class CacheKey {

    private final MessageDigest digest;

    public CacheKey() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public CacheKey add(String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
        return this;
    }

    public CacheKey add(Object part) {
        return add(String.valueOf(part));
    }

    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
