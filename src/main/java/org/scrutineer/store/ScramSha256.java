package org.scrutineer.store;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The server's side of SCRAM-SHA-256 (RFC 5802, RFC 7677) for one user, as MongoDB drivers speak it: the password
 * never crosses the wire, and the server proves it knows it too. Keys are derived once, at start.
 */
final class ScramSha256 {

    /** MongoDB's own count for SCRAM-SHA-256; drivers refuse fewer than 4,096. */
    static final int ITERATIONS = 15_000;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder();

    private final String username;
    private final byte[] salt = new byte[28];
    private final byte[] storedKey;
    private final byte[] serverKey;

    ScramSha256(String username, String password) {
        this.username = username;
        RANDOM.nextBytes(salt);
        byte[] saltedPassword = pbkdf2(password, salt);
        this.storedKey = sha256(hmac(saltedPassword, "Client Key"));
        this.serverKey = hmac(saltedPassword, "Server Key");
    }

    /** One client's conversation: its first message answered, its proof checked against it. */
    final class Conversation {
        private final String clientFirstBare;
        private final String serverFirst;
        private final String nonce;

        /** @throws IllegalArgumentException for a message that is not SCRAM's first, or names another user */
        Conversation(String clientFirst) {
            if (!clientFirst.startsWith("n,,") && !clientFirst.startsWith("y,,")) {
                throw new IllegalArgumentException("channel binding and authorization ids are not supported");
            }
            clientFirstBare = clientFirst.substring(3);
            Map<String, String> attributes = attributes(clientFirstBare);
            String user = attributes.getOrDefault("n", "").replace("=2C", ",").replace("=3D", "=");
            String clientNonce = attributes.get("r");
            if (!user.equals(username) || clientNonce == null || clientNonce.isEmpty()) {
                throw new IllegalArgumentException("unknown user");
            }
            byte[] serverNonce = new byte[24];
            RANDOM.nextBytes(serverNonce);
            nonce = clientNonce + B64.encodeToString(serverNonce);
            serverFirst = "r=" + nonce + ",s=" + B64.encodeToString(salt) + ",i=" + ITERATIONS;
        }

        String serverFirst() {
            return serverFirst;
        }

        /**
         * The server's final message (its signature) for a client's final message with the right proof.
         *
         * @throws IllegalArgumentException for a wrong proof, or a message not of this conversation
         */
        String serverFinal(String clientFinal) {
            int proofAt = clientFinal.lastIndexOf(",p=");
            if (proofAt < 0) {
                throw new IllegalArgumentException("no proof");
            }
            String withoutProof = clientFinal.substring(0, proofAt);
            if (!nonce.equals(attributes(withoutProof).get("r"))) {
                throw new IllegalArgumentException("not this conversation's nonce");
            }
            byte[] proof = Base64.getDecoder().decode(clientFinal.substring(proofAt + 3));
            String authMessage = clientFirstBare + "," + serverFirst + "," + withoutProof;
            byte[] clientSignature = hmac(storedKey, authMessage);
            if (proof.length != clientSignature.length) {
                throw new IllegalArgumentException("wrong proof");
            }
            byte[] clientKey = new byte[proof.length];
            for (int i = 0; i < proof.length; i++) {
                clientKey[i] = (byte) (proof[i] ^ clientSignature[i]);
            }
            if (!MessageDigest.isEqual(sha256(clientKey), storedKey)) {
                throw new IllegalArgumentException("wrong proof");
            }
            return "v=" + B64.encodeToString(hmac(serverKey, authMessage));
        }
    }

    private static Map<String, String> attributes(String message) {
        Map<String, String> attributes = new HashMap<>();
        for (String part : message.split(",")) {
            if (part.length() >= 2 && part.charAt(1) == '=') {
                attributes.put(part.substring(0, 1), part.substring(2));
            }
        }
        return attributes;
    }

    private static byte[] pbkdf2(String password, byte[] salt) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
