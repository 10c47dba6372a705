package dk.trekant.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * CPR numbers at rest: encrypted with AES-256-GCM, and found again by a keyed hash
 * (HMAC-SHA256), so that neither the number nor an unkeyed hash of it is ever stored. Both keys
 * are derived from {@code trekant.privacy.cpr-key} (32 bytes, base64): production has no default.
 */
@Component
public class CprProtection {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec lookupKey;
    private final SecureRandom random = new SecureRandom();

    public CprProtection(@Value("${trekant.privacy.cpr-key:}") String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new IllegalStateException(
                    "No CPR key configured: set TREKANT_CPR_KEY (trekant.privacy.cpr-key) to 32 random bytes in base64, "
                            + "e.g. from 'openssl rand -base64 32'. CPR numbers are encrypted with it.");
        }
        byte[] master;
        try {
            master = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("TREKANT_CPR_KEY (trekant.privacy.cpr-key) is not valid base64");
        }
        if (master.length < 32) {
            throw new IllegalStateException("TREKANT_CPR_KEY (trekant.privacy.cpr-key) must hold at least 32 bytes");
        }
        this.encryptionKey = new SecretKeySpec(derive(master, "trekant-cpr-encryption"), "AES");
        this.lookupKey = new SecretKeySpec(derive(master, "trekant-cpr-lookup"), "HmacSHA256");
    }

    /** The keyed hash by which a youth is found again: hex, 64 characters. */
    public String lookupHash(Cpr cpr) {
        return HexFormat.of().formatHex(hmac(lookupKey, cpr.digits()));
    }

    /** AES-GCM ciphertext with its random IV in front, base64. */
    public String encrypt(Cpr cpr) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(cpr.digits().getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("CPR encryption failed", e);
        }
    }

    public Cpr decrypt(String encrypted) {
        try {
            byte[] all = Base64.getDecoder().decode(encrypted);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            String digits = new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.US_ASCII);
            return Cpr.parse(digits).orElseThrow(() -> new IllegalStateException("stored CPR is not a CPR number"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("CPR decryption failed (wrong key?)", e);
        }
    }

    private static byte[] derive(byte[] master, String purpose) {
        return hmac(new SecretKeySpec(master, "HmacSHA256"), purpose);
    }

    private static byte[] hmac(SecretKeySpec key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
