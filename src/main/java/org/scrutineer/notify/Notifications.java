package org.scrutineer.notify;

import org.scrutineer.calendar.CycleCalendar;
import org.scrutineer.letter.LetterService;
import org.scrutineer.people.People;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tells people about their work. What they are told waits as notices; each round, everyone with notices waiting
 * who has had no message today gets one, gathering them all, so nobody gets more than one a day. Messages are kept
 * (the outbox, shown at /outbox) and, when {@code spring.mail.host} is set, sent by email.
 * <p>
 * Every notice and message is keyed by what caused it, so a retried step or a second round on the same day adds
 * nothing; a message is claimed before it is sent, so two nodes never both send it.
 */
@Service
public class Notifications {

    static final String KEPT = "KEPT";
    static final String PENDING = "PENDING";
    static final String SENDING = "SENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";

    private final NoticeRepository notices;
    private final OutboxRepository outbox;
    private final MongoTemplate mongo;
    private final People people;
    private final CycleCalendar calendar;
    private final NotificationSettings settings;
    private final ObjectProvider<JavaMailSender> mail;
    private final LetterService letters;

    Notifications(NoticeRepository notices, OutboxRepository outbox, MongoTemplate mongo, People people,
                  CycleCalendar calendar, NotificationSettings settings, ObjectProvider<JavaMailSender> mail,
                  LetterService letters) {
        this.letters = letters;
        this.notices = notices;
        this.outbox = outbox;
        this.mongo = mongo;
        this.people = people;
        this.calendar = calendar;
        this.settings = settings;
        this.mail = mail;
    }

    /**
     * Tells {@code recipient} something, once for its key: telling again with the same key changes nothing.
     *
     * @param text   what it is about: a task's title, who is late; never a narrative or a letter's text
     * @param taskId the task the link opens; {@literal null} for none
     * @param letterId the letter it is about, named beside the text; {@literal null} for none
     */
    public void tell(String key, String recipient, String text, String taskId, String letterId) {
        if (recipient == null || notices.existsById(key)) {
            return;
        }
        notices.save(new Notice(key, recipient, calendar.today(), text,
                taskId == null ? settings.baseUrl() + "/" : settings.baseUrl() + "/tasks/" + taskId, now(), null, taskId, letterId));
    }

    /** The person's newest notices first, for their home page. */
    public List<Notice> of(String userId, int max) {
        return notices.findByRecipientOrderByCreatedAtDesc(userId, PageRequest.of(0, max));
    }

    /** The titles of the letters these notices are about, by letter id; a letter withdrawn since is missing. */
    public Map<String, String> letterTitles(Collection<Notice> about) {
        return letters.titles(about.stream().map(Notice::letterId).filter(Objects::nonNull).collect(Collectors.toSet()));
    }

    /** The newest messages first, for /outbox. */
    public List<OutboxMessage> outbox(int max) {
        return outbox.findAllByOrderByCreatedAtDesc(PageRequest.of(0, max));
    }

    /**
     * Makes the day's message of everyone with notices waiting who has had none today, then sends what is due. A
     * notice about a task no longer open (done meanwhile, or gone with a withdrawn letter) is dropped, not told.
     *
     * @param stillOpen of the task ids given, those still open
     */
    public void gatherAndSend(Function<Set<String>, Set<String>> stillOpen) {
        LocalDate today = calendar.today();
        List<Notice> unsent = notices.findByMessageIdIsNull();
        Set<String> open = stillOpen.apply(unsent.stream().map(Notice::taskId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<Boolean, List<Notice>> closed = unsent.stream()
                .collect(Collectors.partitioningBy(n -> n.taskId() != null && !open.contains(n.taskId())));
        notices.deleteAll(closed.get(true));
        Map<String, List<Notice>> waiting = closed.get(false).stream()
                .collect(Collectors.groupingBy(Notice::recipient, TreeMap::new, Collectors.toList()));
        waiting.forEach((recipient, theirs) -> gather(recipient, today, theirs));
        outbox.findByStatusIn(List.of(PENDING, FAILED)).forEach(this::send);
    }

    private void gather(String recipient, LocalDate today, List<Notice> theirs) {
        String id = OutboxMessage.idOf(recipient, today);
        if (outbox.existsById(id)) {
            return; // told today already: these wait for tomorrow's message
        }
        String email = people.email(recipient);
        String name = people.displayName(recipient);
        Map<String, String> titles = letterTitles(theirs);
        String body = "Hello " + name + ",\n\nIn Scrutineer today:\n\n"
                + theirs.stream().map(n -> "- " + n.text() + (titles.containsKey(n.letterId()) ? "\n  " + titles.get(n.letterId()) : "")
                        + "\n  " + n.link()).collect(Collectors.joining("\n"))
                + "\n\nOpen Scrutineer to read and answer them; this message carries no case details.\n";
        String subject = theirs.size() == 1 ? "Scrutineer: " + theirs.get(0).text()
                : "Scrutineer: " + theirs.size() + " things need you";
        boolean sends = email != null && mail.getIfAvailable() != null;
        try {
            outbox.insert(new OutboxMessage(id, recipient, email, today, subject, body,
                    theirs.stream().map(Notice::id).toList(), sends ? PENDING : KEPT, now(), null));
        } catch (DuplicateKeyException madeMeanwhile) {
            return; // another node gathered them
        }
        notices.saveAll(theirs.stream().map(n -> n.inMessage(id)).toList());
    }

    private void send(OutboxMessage message) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        // claimed first: of two nodes looking at once, one sends it
        OutboxMessage claimed = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(message.id()).and("status").in(PENDING, FAILED)),
                Update.update("status", SENDING), FindAndModifyOptions.options().returnNew(true), OutboxMessage.class);
        if (claimed == null) {
            return;
        }
        SimpleMailMessage email = new SimpleMailMessage();
        email.setFrom(settings.from());
        email.setTo(claimed.email());
        email.setSubject(claimed.subject());
        email.setText(claimed.body());
        String status;
        try {
            sender.send(email);
            status = SENT;
        } catch (MailException e) {
            status = FAILED;
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(claimed.id())),
                Update.update("status", status).set("sentAt", SENT.equals(status) ? now() : null), OutboxMessage.class);
    }

    private Instant now() {
        return calendar.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
