package org.scrutineer.plan;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a finding's sentence read as something to do, since an action plan lists what the council will do. The
 * inspectorate words its findings three ways, and each is treated as it needs:
 * <ul>
 * <li>an instruction ("Ensure that…", "Further improve…", "ensure all…" from a bulleted list) stays as written;
 * "The local authority should review…" and "Leaders should ensure…" become what the council or its leaders should
 * do ("Review…"); a gerund ("Ensuring that…") becomes its verb;</li>
 * <li>a noun phrase, as "What needs to improve?" lists them ("The timeliness of assessments."), is what to improve
 * ("Improve the timeliness of assessments."), to reduce when it names a delay, or to achieve when it names something
 * better;</li>
 * <li>a statement ("Workloads remain high.", "Audits need to…") stays as written: no verb put before a sentence makes
 * an action of it, so the coordinator words that one.</li>
 * </ul>
 * A statement or a noun phrase taken for an instruction is left as the letter wrote it; only a phrase read as a noun
 * phrase gains a verb ("Improve the quality of supervision is variable" would be worse than the letter's words), so
 * each test leans to leaving the text alone. The lists are of English, not of any letter's wording.
 */
final class Instructions {

    /** Verbs inspectors start an instruction with. Words that are as often nouns are in {@link #VERB_OR_NOUN}. */
    private static final Set<String> VERBS = words("""
            accelerate achieve act address adopt agree align allocate analyse analyze appoint apply arrange assess
            assure attend avoid broaden build capture check clarify collate collect commission communicate complete
            comply conduct confirm consider consolidate consult continue coordinate co-ordinate create define deliver
            demonstrate deploy design determine develop embed enable encourage end engage enhance ensure equip escalate
            establish evaluate examine expand explore extend facilitate finalise formalise gather give hold identify
            implement improve increase inform integrate introduce invest investigate involve keep launch learn listen
            maintain make manage maximise measure minimise minimize monitor notify obtain offer oversee prepare
            prevent prioritise prioritize produce promote protect provide pursue put raise recognise reconsider
            recruit redesign reduce refine reflect refresh reinforce reinstate remove replace reshape resolve respond
            restore retain revise revisit safeguard satisfy scrutinise secure seek set share simplify speed
            standardise streamline strengthen submit sustain tackle take tighten track train transform undertake
            understand update upgrade validate verify widen""");
    /** Verbs that are as often nouns: "Review all cases" and "Review of cases", "Access advice" and "Access to advice". */
    private static final Set<String> VERB_OR_NOUN = words("""
            access audit challenge change document focus help plan progress record report review support target
            test use work""");
    /** Words after the first that make it a noun: "Support for care leavers", "Review of thresholds". */
    private static final Set<String> NOUN_MARKERS = words("""
            of for to in on at from by within across between among about is are was were has have""");
    /** Words that after a first word make it a verb: "Formalise the arrangements", "Embed all …". */
    private static final Set<String> DETERMINERS = words("the a an all its their every each these those this any how whether both");
    private static final Set<String> NOT_ADVERBS = words("""
            early family only daily weekly monthly quarterly yearly elderly friendly likely timely costly orderly
            assembly supply reply""");
    /** Verbs that say the main clause is a statement; "need" only before "to" ("needs of children" is a noun). */
    private static final Set<String> FINITE = words("""
            is are was were isn't aren't wasn't weren't has have had hasn't haven't does do did doesn't don't didn't
            can cannot can't could should must will would shall remain remains remained continues continued requires
            lacks varies appears seems""");
    private static final Set<String> NEED = words("need needs needed");
    /** Words that end a main clause: a finite verb after them is in a relative or subordinate clause. */
    private static final Set<String> CLAUSE_ENDS = words("""
            who whom whose which that so where when while whilst because since if including particularly especially""");
    /** Words that open a sentence with a statement or a subordinate clause, never a noun phrase. */
    private static final Set<String> STATEMENT_OPENERS = words("""
            there it this although though while whilst despite where when if because since too not""");
    private static final Set<String> DELAYS = words("delay delays drift backlog backlogs");
    private static final Set<String> BEFORE_DELAYS = words("the any unnecessary avoidable persistent long lengthy excessive");
    /** Comparatives naming something better: "Better use of data" is achieved. */
    private static final Set<String> COMPARATIVES = words("better more greater stronger fewer less earlier clearer wider closer");
    /** Nouns ending in -ise that are no verbs ("Expertise in…"). */
    private static final Set<String> ISE_NOUNS = words("expertise enterprise premise promise exercise franchise merchandise compromise noise");
    private static final Pattern ACTOR_SHOULD = Pattern.compile("^([^,;:]{1,80}?) (?:should|must|needs? to|is to|are to) (?:also )?(.+)$");
    /**
     * The council, its leaders and its members, whom a letter tells what to do: "The local authority should…",
     * "Senior leaders must…". Another body told what to do ("The LSCB should…", "Partners should…") stays named.
     */
    private static final Set<String> ACTORS = words("""
            authority council leaders managers members director dcs service""");
    private static final Pattern IMPROVEMENT_IN = Pattern.compile("^(?i:improvements?) (?:in|to|of) (.+)$");

    private Instructions() {
    }

    /**
     * @param sentence one sentence, its white space collapsed and its closing full stop taken off; must not be
     *                 {@literal null}
     * @return the sentence as an instruction starting with a capital, or as written when it reads as a statement
     */
    static String from(String sentence) {
        List<String> words = List.of(sentence.split(" "));
        if (words.isEmpty() || sentence.isBlank()) {
            return sentence;
        }
        String first = bare(words.get(0));
        String second = words.size() > 1 ? bare(words.get(1)) : "";
        String base = gerundBase(first);
        if (base != null && (DETERMINERS.contains(second) || second.equals("that") || second.equals("to"))) {
            // "Ensuring that children's voices are heard" is what to ensure, "Responding to…" how to respond;
            // "Safeguarding arrangements", "Recording of advice" are things
            return capitalised(base + sentence.substring(words.get(0).length()));
        }
        if (base == null && readsAsInstruction(words)) {
            return capitalised(sentence);
        }
        Matcher should = ACTOR_SHOULD.matcher(sentence);
        if (should.matches() && isActor(should.group(1)) && !should.group(2).matches("(?i)(?:be|have been|not)\\b.*")
                && !should.group(2).matches("(?i).*\\b(?:itself|themselves)\\b.*")) {
            // what the council or its leaders should do; "…should satisfy itself" would lose whom "itself" means
            return capitalised(should.group(2));
        }
        if (STATEMENT_OPENERS.contains(first) || (!first.equals("how") && hasFiniteVerb(words))) {
            return capitalised(sentence);
        }
        return asWhatToChange(words, sentence);
    }

    /**
     * Whether a sentence tells the council to do something ("In addition, ensure that…"), rather than say what the
     * inspectorate will do or what it found ("Her Majesty's Chief Inspector will share these findings…").
     */
    static boolean isInstruction(String sentence) {
        String body = withoutConnective(sentence);
        List<String> words = List.of(body.split(" "));
        return !body.isBlank() && (readsAsInstruction(words) || gerundBase(bare(words.get(0))) != null);
    }

    /** The sentence without the words that join it to the one before: "In addition, ensure…" is "ensure…". */
    static String withoutConnective(String sentence) {
        return CONNECTIVE.matcher(sentence.strip()).replaceFirst("");
    }

    private static final Pattern CONNECTIVE = Pattern.compile("^(?i:in addition|additionally|also|furthermore|finally),?\\s+");

    /** An instruction starts with a verb, perhaps after an adverb ("Further improve…", "Urgently review…"). */
    private static boolean readsAsInstruction(List<String> words) {
        String first = bare(words.get(0));
        String second = words.size() > 1 ? bare(words.get(1)) : "";
        String third = words.size() > 2 ? bare(words.get(2)) : "";
        if (isAdverb(first) && (VERBS.contains(second) || (VERB_OR_NOUN.contains(second) && !NOUN_MARKERS.contains(third)))) {
            return true;
        }
        if (VERBS.contains(first) || isVerbByForm(first)) {
            return true;
        }
        if (VERB_OR_NOUN.contains(first)) {
            return !NOUN_MARKERS.contains(second) && !hasFiniteVerb(words);
        }
        return DETERMINERS.contains(second) && !DETERMINERS.contains(first) && !words.get(0).endsWith(",")
                && !hasFiniteVerb(words);
    }

    /** Verbs made with -ise, -ize or -ify ("Formalise", "Prioritize", "Clarify"), which are seldom nouns. */
    private static boolean isVerbByForm(String word) {
        return word.length() > 5 && (word.endsWith("ise") || word.endsWith("ize") || word.endsWith("ify"))
                && !ISE_NOUNS.contains(word);
    }

    private static boolean isAdverb(String word) {
        return word.equals("further") || word.equals("also")
                || (word.length() > 4 && word.endsWith("ly") && !NOT_ADVERBS.contains(word));
    }

    /** "Ensuring" gives "ensure", "Planning" "plan", "Prioritising" "prioritise"; null for what is no such verb. */
    private static String gerundBase(String word) {
        if (!word.endsWith("ing") || word.length() < 6) {
            return null;
        }
        String stem = word.substring(0, word.length() - 3);
        String doubled = stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                ? stem.substring(0, stem.length() - 1) : null;
        for (String candidate : Arrays.asList(stem, stem + "e", doubled)) {
            if (candidate != null && (VERBS.contains(candidate) || VERB_OR_NOUN.contains(candidate) || isVerbByForm(candidate))) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean isActor(String subject) {
        String[] words = subject.split(" ");
        return words.length <= 6 && ACTORS.contains(bare(words[words.length - 1]));
    }

    /**
     * Whether the main clause has a verb of its own: "The regularity of supervision is variable" does, "The
     * response to children who are vulnerable" does not (its verb is in the relative clause).
     */
    private static boolean hasFiniteVerb(List<String> words) {
        boolean aside = false;
        for (int i = 1; i < words.size(); i++) {
            String word = bare(words.get(i));
            // "(including private fostering)" is an aside: the main clause goes on after it
            boolean inAside = aside || words.get(i).startsWith("(");
            aside = inAside && !words.get(i).endsWith(")");
            if (inAside) {
                continue;
            }
            if (CLAUSE_ENDS.contains(word)) {
                return false;
            }
            String before = words.get(i - 1).toLowerCase(Locale.ROOT);
            boolean afterDeterminer = DETERMINERS.contains(bare(before)) || before.endsWith("’s") || before.endsWith("'s")
                    || before.endsWith("s’") || before.endsWith("s'");
            if (!afterDeterminer && (FINITE.contains(word)
                    || (NEED.contains(word) && i + 1 < words.size() && bare(words.get(i + 1)).equals("to")))) {
                return true;
            }
        }
        return false;
    }

    /** A noun phrase: what to improve, a delay to reduce, something better to achieve. */
    private static String asWhatToChange(List<String> words, String phrase) {
        Matcher improvement = IMPROVEMENT_IN.matcher(phrase);
        if (improvement.matches()) {
            return "Improve " + improvement.group(1);
        }
        String first = bare(words.get(0));
        if (first.equals("improved") || first.equals("increased") || first.equals("reduced")) {
            return capitalised(first.substring(0, first.length() - 1) + phrase.substring(words.get(0).length()));
        }
        if (COMPARATIVES.contains(first)) {
            return "Achieve " + lowered(words, phrase);
        }
        int head = 0;
        while (head < words.size() - 1 && BEFORE_DELAYS.contains(bare(words.get(head)))) {
            head++;
        }
        return (DELAYS.contains(bare(words.get(head))) ? "Reduce " : "Improve ") + lowered(words, phrase);
    }

    /**
     * The phrase with its first letter lowered to follow a verb, unless its first word is a name: an acronym or a
     * word with capitals inside ("LSCB", "eCAF"), a name the letters use ("Ofsted"), or the start of a name in
     * capitals ("Somerset Direct", "Early Help Hub").
     */
    private static String lowered(List<String> words, String phrase) {
        String first = words.get(0);
        boolean article = DETERMINERS.contains(bare(first));
        boolean name = first.codePoints().skip(1).anyMatch(Character::isUpperCase) || bare(first).equals("ofsted")
                || (!article && words.stream().skip(1).limit(3).anyMatch(Instructions::isTitleCase));
        if (name || first.isEmpty()) {
            return phrase;
        }
        int c = phrase.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toLowerCase(c)).append(phrase, Character.charCount(c), phrase.length())
                .toString();
    }

    /** "Direct" in "Somerset Direct": a capital then small letters, as names are written ("LADO" is an acronym). */
    private static boolean isTitleCase(String word) {
        return word.length() > 1 && Character.isUpperCase(word.codePointAt(0)) && Character.isLowerCase(word.codePointAt(1));
    }

    /**
     * A finding read from a bulleted list ("…improve: • delays in case allocation") starts in lower case; an action
     * starts with a capital, unless its first word is a name written with capitals inside ("eCAF").
     */
    static String capitalised(String sentence) {
        int first = sentence.isEmpty() ? 0 : sentence.codePointAt(0);
        if (!Character.isLowerCase(first) || sentence.split(" ", 2)[0].codePoints().anyMatch(Character::isUpperCase)) {
            return sentence;
        }
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(sentence, Character.charCount(first), sentence.length()).toString();
    }

    /** The word in lower case without the punctuation around it. */
    private static String bare(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("^[\\p{Punct}‘“(]+|[\\p{Punct}’”)]+$", "");
    }

    private static Set<String> words(String list) {
        return Set.of(list.strip().split("\\s+"));
    }
}
