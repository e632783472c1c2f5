package org.scrutineer.store;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * mongo-java-server answers anyone who connects: it has no users and no authentication commands. This puts
 * MongoDB's own sign-in in front of it, per connection: until a connection has proved the store's password with
 * SCRAM-SHA-256 ({@code saslStart}, {@code saslContinue}, as MongoDB drivers send them), it may only shake hands
 * (hello, ping, buildInfo, getLastError); any other command or query is refused with MongoDB's "Unauthorized" (13). There is one user, allowed
 * everything; no roles.
 */
final class CredentialCheckingBackend implements MongoBackend {

    /**
     * What a connection may send before signing in: the handshake and the sign-in itself. The driver's monitoring
     * connections never sign in and ask getLastError for their connection id, which tells nothing else.
     */
    private static final Set<String> BEFORE_SIGN_IN = Set.of("hello", "ismaster", "saslstart", "saslcontinue", "ping",
            "buildinfo", "getlasterror");
    private static final int UNAUTHORIZED = 13;
    private static final int AUTHENTICATION_FAILED = 18;

    private final MongoBackend backend;
    private final ScramSha256 scram;
    private final Map<Channel, ScramSha256.Conversation> conversations = new ConcurrentHashMap<>();
    private final Set<Channel> signedIn = ConcurrentHashMap.newKeySet();

    CredentialCheckingBackend(MongoBackend backend, DocumentStoreCredentials credentials) {
        this.backend = backend;
        this.scram = new ScramSha256(credentials.username(), credentials.password());
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document command = message.getDocument();
        String name = command.keySet().iterator().next();
        Document answer = signIn(message.getChannel(), name, command);
        if (answer != null) {
            return answer;
        }
        requireSignedIn(message.getChannel(), name);
        return backend.handleMessage(message);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        Document answer = signIn(channel, command, query);
        if (answer != null) {
            return answer;
        }
        requireSignedIn(channel, command);
        return backend.handleCommand(channel, database, command, query);
    }

    @Override
    public QueryResult handleQuery(MongoQuery query) {
        requireSignedIn(query.getChannel(), "query");
        return backend.handleQuery(query);
    }

    @Override
    public Collection<Document> getCurrentOperations(MongoQuery query) {
        requireSignedIn(query.getChannel(), "currentOp");
        return backend.getCurrentOperations(query);
    }

    @Override
    public void handleClose(Channel channel) {
        conversations.remove(channel);
        signedIn.remove(channel);
        backend.handleClose(channel);
    }

    /** The answer to a sign-in command, or null for any other command. */
    private Document signIn(Channel channel, String command, Document body) {
        String name = command.toLowerCase(Locale.ROOT);
        if (!name.equals("saslstart") && !name.equals("saslcontinue")) {
            return null;
        }
        try {
            if (name.equals("saslstart")) {
                if (!"SCRAM-SHA-256".equals(body.get("mechanism"))) {
                    throw new IllegalArgumentException("only SCRAM-SHA-256 is offered");
                }
                signedIn.remove(channel);
                ScramSha256.Conversation conversation = scram.new Conversation(payload(body));
                conversations.put(channel, conversation);
                return saslAnswer(conversation.serverFirst(), false);
            }
            ScramSha256.Conversation conversation = conversations.remove(channel);
            if (conversation == null) {
                throw new IllegalArgumentException("no conversation started");
            }
            String serverFinal = conversation.serverFinal(payload(body));
            signedIn.add(channel);
            return saslAnswer(serverFinal, true);
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new MongoServerError(AUTHENTICATION_FAILED, "AuthenticationFailed", "Authentication failed.");
        }
    }

    private void requireSignedIn(Channel channel, String command) {
        if (!signedIn.contains(channel) && !BEFORE_SIGN_IN.contains(command.toLowerCase(Locale.ROOT))) {
            throw new MongoServerError(UNAUTHORIZED, "Unauthorized", "command " + command + " requires authentication");
        }
    }

    private static String payload(Document body) {
        Object payload = body.get("payload");
        byte[] bytes = payload instanceof BinData binary ? binary.getData() : (byte[]) payload;
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Document saslAnswer(String payload, boolean done) {
        Document answer = new Document();
        answer.put("conversationId", 1);
        answer.put("done", done);
        answer.put("payload", new BinData(payload.getBytes(StandardCharsets.UTF_8)));
        answer.put("ok", 1.0);
        return answer;
    }

    @Override
    public void dropDatabase(String database) {
        backend.dropDatabase(database);
    }

    @Override
    public Document getServerStatus() {
        return backend.getServerStatus();
    }

    @Override
    public void close() {
        backend.close();
    }

    @Override
    public void closeCursors(List<Long> cursorIds) {
        backend.closeCursors(cursorIds);
    }

    @Override
    public Clock getClock() {
        return backend.getClock();
    }

    @Override
    public void enableOplog() {
        backend.enableOplog();
    }

    @Override
    public void disableOplog() {
        backend.disableOplog();
    }

    @Override
    public MongoDatabase resolveDatabase(String database) {
        return backend.resolveDatabase(database);
    }

    @Override
    public MongoBackend version(MongoVersion version) {
        backend.version(version);
        return this;
    }
}
