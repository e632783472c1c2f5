package org.scrutineer.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LetterReaderTests {

    private static final String[] GOLD_LETTERS = {
            "somerset-2011-ucra-letter", "rotherham-2011-ucra-letter", "telford-2012-scrutiny-progress-update"};

    private final LetterReader reader = new LetterReader();

    // The labelled letters are checked finding by finding in org.scrutineer.letter.GoldLabelTests.

    @Test
    void titleIsTheSubjectHeadingUnderTheSalutationWithItsLinesJoined() throws IOException {
        assertThat(reader.read(resource("somerset-2011-ucra-letter.txt")).title()).isEqualTo(
                "Annual unannounced inspection of contact, referral and assessment arrangements within Somerset County"
                        + " Council children\u2019s services");
        assertThat(reader.read(resource("rotherham-2011-ucra-letter.txt")).title()).isEqualTo(
                "Annual unannounced inspection of contact, referral and assessment arrangements within Rotherham"
                        + " Metropolitan Borough Council children's services");
        // a paper with no salutation is titled by its opening line when that names the inspection
        assertThat(reader.read(resource("telford-2012-scrutiny-progress-update.txt")).title())
                .isEqualTo("Ofsted Safeguarding and Children in Care Inspection Plan \u2013update on progress for CYP Scrutiny 05/11/12");
    }

    @Test
    void findingTextIsTheWholeCleanedFindingAcrossLinesAndBlankLines() throws IOException {
        List<Finding> somerset = reader.read(resource("somerset-2011-ucra-letter.txt")).findings();
        assertThat(somerset.get(0).text())
                .contains("a central point for all contacts and referrals and is an outstanding model.")
                .contains("\u2018Somerset Direct\u2019 are knowledgeable and supportive")
                .endsWith("Administrative support within \u2018Somerset Direct\u2019 and in area teams is good.");

        List<Finding> rotherham = reader.read(resource("rotherham-2011-ucra-letter.txt")).findings();
        assertThat(rotherham.get(9).text()).startsWith("Out of hours duty arrangements")
                .endsWith("team members undertake some welfare and monitoring visits.");

        for (String letter : GOLD_LETTERS) {
            for (Finding f : reader.read(resource(letter + ".txt")).findings()) {
                assertThat(f.text()).as(letter + " " + f.id())
                        .doesNotContain("<", ">", "\u25AA", "=", "~", "%", "|", "  ", "\n")
                        .doesNotStartWith("-").doesNotStartWith("\u2022")
                        .isEqualTo(f.text().trim());
            }
        }
    }

    @Test
    void progressAndImpactNotesUnderARecommendationAreNotFindings() throws IOException {
        List<Finding> telford = reader.read(resource("telford-2012-scrutiny-progress-update.txt")).findings();
        assertThat(telford).extracting(Finding::text)
                .noneMatch(t -> t.startsWith("Progress") || t.startsWith("Impact") || t.startsWith("The charges"));
        assertThat(telford.get(0).text())
                .isEqualTo("Ensure that the outcomes of child protection enquiries are recorded promptly");
    }

    // --- structure the fixtures do not show ---

    @Test
    void aLetterOfTheSameKindInAnotherLayoutIsReadToo() {
        String letter = """
                    Ofsted
                    Piccadilly Gate                                    T 0300 123 1231
                    Manchester M1 2WD

                    12th July 2010

                    Mr Peter R. Smith
                    Director of Children's Services
                    Northshire County Council
                    County Hall

                    Dear Mr Smith,

                    Annual unannounced inspection of contact, referral and
                    assessment arrangements within Northshire County Council
                    children's services

                    This letter summarises the findings of the recent unannounced inspection
                    in Northshire which was conducted on 28 and 29 June 2010. The inspection was carried
                    out under section 138 of the Education and Inspections Act 2006.

                    The inspection identified area(s) for priority action alongside areas of strength,
                    satisfactory practice and areas for development.

                    Strengths
                    \uF0B7 Partnership working with the police is effective.
                    \uF0B7 Staff morale is high and teams are stable.

                    Areas for priority action
                    \uF0A7 Not all referrals are screened promptly, leaving some children
                        at risk of harm for several days.

                    Areas for development
                    *  Case recording is not always up to date and

                    chronologies are incomplete.

                    Any areas for priority action and areas for development identified above will be
                    specifically considered in any future inspection.

                    Yours sincerely

                    Jane Doe HMI
                    Her Majesty's Inspector
                """;
        ExtractedLetter read = reader.read(letter);

        assertThat(read).usingRecursiveComparison().ignoringFields("findings").isEqualTo(new ExtractedLetter(
                "Ofsted", "Northshire County Council", "Mr Peter R. Smith", "Jane Doe", LocalDate.of(2010, 7, 12),
                "28 and 29 June 2010", LocalDate.of(2010, 6, 28), LocalDate.of(2010, 6, 29),
                "Annual unannounced inspection of contact, referral and assessment arrangements within Northshire County"
                        + " Council children's services",
                "The inspection identified area(s) for priority action alongside areas of strength, satisfactory practice"
                        + " and areas for development.",
                List.of()));
        assertThat(read.findings()).extracting(Finding::section).containsExactly(Section.STRENGTH, Section.STRENGTH,
                Section.PRIORITY_ACTION, Section.AREA_FOR_DEVELOPMENT);
        assertThat(read.findings()).extracting(Finding::text).containsExactly(
                "Partnership working with the police is effective.",
                "Staff morale is high and teams are stable.",
                "Not all referrals are screened promptly, leaving some children at risk of harm for several days.",
                "Case recording is not always up to date and chronologies are incomplete.");
    }

    @Test
    void areasForImprovementTakeTheirTimescaleFromTheSubHeadings() {
        String report = """
                Areas for improvement

                In order to improve services the local authority should take the following action.

                Immediately:

                \u2022 appoint a permanent head of service
                  for the front door

                Within three months:

                \u2022 audit the quality of assessments

                Within six months:

                \u2022 review the sufficiency of placements
                \u2022 publish a workforce strategy

                Record of main findings
                """;
        List<Finding> findings = reader.read(report).findings();

        assertThat(findings).extracting(Finding::section).containsOnly(Section.RECOMMENDATION);
        assertThat(findings).extracting(Finding::timescale).containsExactly(
                Timescale.IMMEDIATE, Timescale.THREE_MONTHS, Timescale.SIX_MONTHS, Timescale.SIX_MONTHS);
        assertThat(findings.get(0).text()).isEqualTo("appoint a permanent head of service for the front door");
    }

    @Test
    void paragraphsUnderAHeadingWithNoBulletsAreEachAFindingAndAnUnknownHeadingsTextIsKeptAsUnclassified() {
        String letter = """
                Areas for priority action

                The local authority should act on the following:

                Managers do not oversee decisions on referrals.

                Children wait too long for an assessment.

                Next steps

                We will visit again.
                """;
        List<Finding> findings = reader.read(letter).findings();

        assertThat(findings).extracting(Finding::section)
                .containsExactly(Section.PRIORITY_ACTION, Section.PRIORITY_ACTION, Section.UNCLASSIFIED);
        assertThat(findings).extracting(Finding::text).containsExactly(
                "Managers do not oversee decisions on referrals.", "Children wait too long for an assessment.",
                "We will visit again.");
    }

    @Test
    void headingsNameTheirTimescaleAndTheme() {
        FindingHeading h = FindingHeading.match("Recommendations for action within six months: Leadership");
        assertThat(h).isEqualTo(new FindingHeading(Section.RECOMMENDATION, Timescale.SIX_MONTHS, "Leadership"));
        assertThat(FindingHeading.match("AREAS FOR DEVELOPMENT")).isEqualTo(
                new FindingHeading(Section.AREA_FOR_DEVELOPMENT, null, null));
        assertThat(FindingHeading.match("Within 3 months:")).isEqualTo(new FindingHeading(null, Timescale.THREE_MONTHS, null));
        assertThat(FindingHeading.match("Strengths in partnership working were evident.")).isNull();
        assertThat(FindingHeading.match("Inspection findings \u2013 the Local Safeguarding Children Board")).isEqualTo(
                new FindingHeading(Section.NARRATIVE, null, null));
        assertThat(LetterBlock.split(List.of("Recommendation 4: Ensure all plans are reviewed"))).containsExactly(
                new LetterBlock(LetterBlock.Kind.LABELLED, "Ensure all plans are reviewed", 1, null));
    }

    @Test
    void letterDateTakesTheCommonEnglishForms() {
        assertThat(EnglishDates.parse("3rd March, 2014")).isEqualTo(LocalDate.of(2014, 3, 3));
        assertThat(EnglishDates.parse("March 3, 2014")).isEqualTo(LocalDate.of(2014, 3, 3));
        assertThat(EnglishDates.parse("03/04/2014")).isEqualTo(LocalDate.of(2014, 4, 3));
        assertThat(EnglishDates.parse("31 February 2014")).isNull();
        assertThat(EnglishDates.parse("in March 2014")).isNull();
    }

    // --- cleaning ---

    @Test
    void cleaningRemovesAStraySymbolRunButKeepsOrdinaryPunctuation() {
        assertThat(LetterCleaner.cleanLine("Managers within the team are,,~= -s;%")).isEqualTo("Managers within the team are");
        assertThat(LetterCleaner.cleanLine("Caseloads fell (to 15%). Is that enough?!"))
                .isEqualTo("Caseloads fell (to 15%). Is that enough?!");
        assertThat(LetterCleaner.cleanLine("Write to enquiries@ofsted.gov.uk or see https://www.gov.uk/ofsted."))
                .isEqualTo("Write to enquiries@ofsted.gov.uk or see https://www.gov.uk/ofsted.");
    }

    @Test
    void cleaningReadsTheOcrPipeOneAsCapitalI() {
        assertThat(LetterCleaner.cleanLine("later in the year. |1 would like to thank")).isEqualTo("later in the year. I would like to thank");
        assertThat(LetterCleaner.cleanLine("| would like to thank")).isEqualTo("I would like to thank");
    }

    @Test
    void cleaningTurnsAnHtmlListFragmentIntoBulletLines() {
        List<String> lines = LetterCleaner.lines(
                "<ul style=\"list-style-type: none\"> \u25AA First point &amp; more. \u25AA Second point.</ul>");
        assertThat(lines).filteredOn(l -> !l.isEmpty())
                .containsExactly("\u2022 First point & more.", "\u2022 Second point.");
    }

    @Test
    void cleaningNormalisesOcrAndTypedBulletMarks() {
        assertThat(LetterCleaner.cleanLine("=  Work pressures remain")).isEqualTo("\u2022 Work pressures remain");
        assertThat(LetterCleaner.cleanLine("- Workloads remain high")).isEqualTo("\u2022 Workloads remain high");
        assertThat(LetterCleaner.lines("\uF0A7 ensure all plans")).filteredOn(l -> !l.isEmpty())
                .containsExactly("\u2022 ensure all plans");
    }

    // --- odd input ---

    @Test
    void blankOrEmptyTextGivesNoFindingsAndNoMetadata() {
        for (String text : new String[] {"", "   \n\n\t  \r\n", null}) {
            ExtractedLetter read = reader.extract(text);
            assertThat(read.findings()).isEmpty();
            assertThat(read).isEqualTo(ExtractedLetter.empty());
        }
    }

    @Test
    void textWithoutFindingsHeadingsGivesNoFindings() {
        assertThat(reader.extract("Strengths").findings()).isEmpty();
        assertThat(reader.extract("Dear").findings()).isEmpty();
        assertThat(reader.extract("Yours sincerely").signatory()).isNull();
        assertThat(reader.extract("The council met on Tuesday.\n\nIt agreed the budget.").findings()).isEmpty();
    }

    @Test
    void garbageAndFragmentsOfLettersNeverThrow() throws IOException {
        Random random = new Random(20110504);
        String[] pieces = (resource("somerset-2011-ucra-letter.txt") + resource("rotherham-2011-ucra-letter.txt")
                + resource("telford-2012-scrutiny-progress-update.txt")).split("\n");
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            int parts = random.nextInt(40);
            for (int p = 0; p < parts; p++) {
                String piece = pieces[random.nextInt(pieces.length)];
                text.append(random.nextBoolean() ? piece.substring(random.nextInt(piece.length() + 1)) : randomChars(random));
                text.append(random.nextInt(3) == 0 ? "\n\n" : "\n");
            }
            String input = text.toString();
            assertThatCode(() -> reader.extract(input)).as(input).doesNotThrowAnyException();
        }
        byte[] bytes = new byte[20_000];
        random.nextBytes(bytes);
        String binary = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThatCode(() -> reader.extract(binary)).doesNotThrowAnyException();
    }

    @Test
    void pathologicalInputIsReadQuickly() {
        String[] inputs = {
                "=,,~ ".repeat(200_000),
                "<".repeat(200_000) + "Areas for development",
                "Areas for development\n\u2022 " + "word ".repeat(200_000),
                "which was conducted on 1 " + "and 2 ".repeat(100_000),
                "Dear " + "x".repeat(300_000),
                "&#".repeat(100_000) + "|1".repeat(100_000)};
        for (String input : inputs) {
            // A hang guard against runaway patterns, not a speed check: a healthy read takes milliseconds.
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> reader.extract(input));
        }
    }

    @Test
    void aFocusedVisitLettersNarrativeIsKeptAndItsStatedFocusIsTheTheme() {
        String letter = """
                Dear Ms Smith

                Focused visit to Northshire children's services

                This letter summarises the findings of the focused visit to Northshire children's services on
                3 to 4 May 2022. Inspectors looked at the local authority's arrangements for children in need and
                children subject to a child protection plan.

                Headline findings

                Children in need receive a timely service that is making a difference to their lives.

                What needs to improve in this area of social work practice?

                ▪ The quality of written plans.

                Main findings

                Leaders know their services well.

                Social workers visit children
                regularly and see them alone.

                Ofsted will take the findings from this focused visit into account when planning the next inspection.

                Yours sincerely
                """;
        ExtractedLetter read = reader.read(letter);

        assertThat(read.findings()).extracting(f -> f.section().json() + ": " + f.text()).containsExactly(
                "narrative: Children in need receive a timely service that is making a difference to their lives.",
                "area_for_development: The quality of written plans.",
                "narrative: Leaders know their services well.",
                "narrative: Social workers visit children regularly and see them alone.");
        assertThat(read.findings()).extracting(Finding::theme)
                .containsOnly("Children in need and children subject to a child protection plan");
        assertThat(read.summaryJudgement())
                .isEqualTo("Children in need receive a timely service that is making a difference to their lives.");
        assertThat(read.authority()).as("named by its place only").isNull();
    }

    @Test
    void aMonitoringVisitsFindingsAreNarrativeAndTheFocusMayBeEvaluated() {
        String letter = """
                Dear Mr Brown

                Monitoring visit to Southshire children's services

                Inspectors evaluated the local authority's arrangements for care leavers.

                Overview

                Leaders have made steady progress.

                Findings and evaluation of progress

                Pathway plans are now up to date.

                Yours sincerely
                """;
        List<Finding> findings = reader.read(letter).findings();

        assertThat(findings).extracting(f -> f.section().json() + " " + f.theme() + ": " + f.text()).containsExactly(
                "narrative Care leavers: Leaders have made steady progress.",
                "narrative Care leavers: Pathway plans are now up to date.");
    }

    @Test
    void aCouncilNamedOnlyByItsPlaceIsFoundInTheGazetteer() {
        String letter = "Dear Mr Jones\n\nFocused visit to North Somerset children\u2019s services\n\nThis letter...";
        assertThat(reader.read(letter).authority()).isEqualTo("North Somerset Council");
        assertThat(reader.read(letter.replace("North Somerset", "Richmond upon Thames")).authority())
                .isEqualTo("London Borough of Richmond upon Thames");
        assertThat(reader.read(letter.replace("North Somerset", "Atlantis")).authority()).isNull();
        assertThat(CouncilGazetteer.placeOf("City of Bradford Metropolitan District Council")).isEqualTo("Bradford");
        assertThat(CouncilGazetteer.placeOf("Barking and Dagenham London Borough Council")).isEqualTo("Barking and Dagenham");
    }

    @Test
    void inspectionDatesGiveTheirFirstAndLastDay() {
        assertThat(EnglishDates.span("27 and 28 February 2018"))
                .containsExactly(LocalDate.of(2018, 2, 27), LocalDate.of(2018, 2, 28));
        assertThat(EnglishDates.span("30 September \u2013 2 October 2019"))
                .containsExactly(LocalDate.of(2019, 9, 30), LocalDate.of(2019, 10, 2));
        assertThat(EnglishDates.span("29 December 2020 to 4 January 2021"))
                .containsExactly(LocalDate.of(2020, 12, 29), LocalDate.of(2021, 1, 4));
        assertThat(EnglishDates.span("8 \u2013 12 July 2013")).containsExactly(LocalDate.of(2013, 7, 8), LocalDate.of(2013, 7, 12));
        assertThat(EnglishDates.span("1st March 2023")).containsExactly(LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 1));
        assertThat(EnglishDates.span("the spring")).isNull();
        assertThat(EnglishDates.span(null)).isNull();
    }

    @Test
    void aReportsJudgementSectionsAreNarrativeAndItsContentsAreNotRead() {
        String report = """
                Contents
                About this inspection 2
                Overall effectiveness of services for looked after children and
                young people 4
                Capacity to improve 5

                About this inspection

                1. The purpose of the inspection is to evaluate the contribution made by relevant services to the
                quality of service provision for care leavers.

                Overall effectiveness of services for looked
                after children and young people

                Grade 3 (adequate)

                2. Services are adequate.

                Capacity to improve

                Grade 3 (adequate)

                3. Leaders have a plan.

                Areas for improvement

                Within three months:
                • ensure all care leavers have a pathway plan
                """;
        List<Finding> findings = reader.read(report).findings();

        assertThat(findings).extracting(f -> f.section().json() + " " + f.timescale() + ": " + f.text()).containsExactly(
                "narrative null: Services are adequate.",
                "narrative null: Leaders have a plan.",
                "recommendation THREE_MONTHS: ensure all care leavers have a pathway plan");
        assertThat(findings).extracting(Finding::theme).containsOnly("Care leavers");
    }

    @Test
    void aSifReportIsReadFromItsCoverToItsImprovementListAndNoFurther() {
        String report = """
                Northshire County Council
                Inspection of services for children in need of help and protection, children
                looked after and care leavers
                Inspection date: 3 March 2014 \u2013 27 March 2014
                Report published: 9 May 2014
                Children\u2019s services in Northshire require improvement
                1. Children who need help and protection Requires improvement
                2. Children looked after and achieving permanence Good

                Contents
                Summary of key findings 3
                What does the local authority need to improve? 5

                Section 1: the local authority
                Summary of key findings
                This local authority requires improvement because
                1. Too many children wait for an assessment.
                2. Plans do not say what must change.
                The local authority has the following strengths
                3. Children in care live in stable homes.
                What does the local authority need to improve?
                Priority and immediate action
                4. Ensure that every child at risk of harm is seen within a day.
                Areas for improvement
                5. Improve the quality of supervision.
                6. Ensure that return home interviews are offered to all children.

                Information about this inspection
                Inspectors have looked closely at the experiences of children and young people who
                have needed help and/or protection.

                Section 2: The effectiveness of the Local Safeguarding Children Board
                Paragraph about the board.
                """;
        ExtractedLetter read = reader.read(report);

        assertThat(read.findings()).extracting(f -> f.section().json() + " " + f.timescale() + ": " + f.text())
                .containsExactly(
                        "narrative null: Too many children wait for an assessment.",
                        "narrative null: Plans do not say what must change.",
                        "strength null: Children in care live in stable homes.",
                        "priority_action IMMEDIATE: Ensure that every child at risk of harm is seen within a day.",
                        "recommendation null: Improve the quality of supervision.",
                        "recommendation null: Ensure that return home interviews are offered to all children.");
        assertThat(read.letterDate()).isEqualTo(LocalDate.of(2014, 5, 9));
        assertThat(read.inspectionStart()).isEqualTo(LocalDate.of(2014, 3, 3));
        assertThat(read.inspectionEnd()).isEqualTo(LocalDate.of(2014, 3, 27));
        assertThat(read.summaryJudgement()).isEqualTo("Children\u2019s services in Northshire require improvement");
        assertThat(read.authority()).isEqualTo("Northshire County Council");
        assertThat(read.recipient()).isNull();
        assertThat(read.signatory()).isNull();
    }

    /** The board's review at a SIF report's end is a part of its own: its judgement lines and account are no list. */
    @Test
    void aSifReportsBoardReviewIsItsOwnPartWithItsOwnRecommendationsAndNothingLeftUnplaced() {
        String report = """
                Recommendations
                1. Ensure that every child protection plan is reviewed on time.

                The Local Safeguarding Children Board (LSCB)
                The Local Safeguarding Children Board requires improvement
                The arrangements in place to evaluate the effectiveness of what is done by the
                authority and board partners require improvement.

                Recommendations
                2. Secure regular attendance at the board by every partner.

                Inspection findings – the Local Safeguarding Children Board
                3. The board knows itself well and its chair is respected.

                Key strengths and weaknesses of the LSCB
                4. Audits lead to action plans that partners follow.
                """;

        assertThat(reader.read(report).findings()).extracting(f -> f.section().json() + ": " + f.text()).containsExactly(
                "recommendation: Ensure that every child protection plan is reviewed on time.",
                "recommendation: Secure regular attendance at the board by every partner.",
                "narrative: The board knows itself well and its chair is respected.",
                "narrative: Audits lead to action plans that partners follow.");
        // the board's own recommendation is marked as the board's, the council's is not
        assertThat(reader.read(report).findings()).extracting(Finding::theme)
                .containsExactly(null, "Local Safeguarding Children Board", "Local Safeguarding Children Board",
                        "Local Safeguarding Children Board");
    }

    /** A name broken at its own hyphen over two lines is one name again, with no space in it. */
    @Test
    void aWordBrokenAtItsHyphenAcrossLinesIsJoinedWithoutASpace() {
        String report = """
                Recommendations
                1. Ensure that staff join the Stockton-on-
                Tees joint training programme and the multi -
                agency audits.
                """;
        assertThat(reader.read(report).findings()).extracting(Finding::text).containsExactly(
                "Ensure that staff join the Stockton-on-Tees joint training programme and the multi - agency audits.");
    }

    @Test
    void aListThatSaysItIsEmptyHoldsNothingToActOn() {
        String report = """
                Priority and immediate action
                17. No areas for priority action were identified by this inspection.

                Areas for improvement
                18. None.

                Recommendations
                19. Ensure that no child waits for a plan and take immediate action where one does.
                """;
        assertThat(reader.read(report).findings()).extracting(f -> f.section().json() + " " + f.timescale())
                .containsExactly("narrative null", "narrative null", "recommendation null");
    }

    @Test
    void aRecommendationTagOnALineOfItsOwnBelongsToTheParagraphAbove() {
        String report = """
                Executive summary

                Too many children wait for an assessment.

                (Recommendation)

                Leaders know their services well.
                """;
        assertThat(reader.read(report).findings()).extracting(Finding::text).containsExactly(
                "Too many children wait for an assessment. (Recommendation)", "Leaders know their services well.");
    }

    @Test
    void anIlacsReportsHeadlineParagraphsAreNarrativeAndItsGradeIsTheJudgement() {
        String report = """
                Inspection of Northshire local authority children\u2019s services
                Inspection dates: 6 to 17 March 2023
                Judgement Grade
                The impact of leaders on social work Requires improvement to be good
                practice with children and families
                Overall effectiveness Requires improvement to be good

                Leaders have a clear plan for improvement.

                What needs to improve?2

                \u25FC The timeliness of assessments.

                The experiences and progress of children who need help and
                protection: requires improvement to be good

                1. Children are seen quickly.

                2 The national framework sets out outcomes for children.
                """;
        ExtractedLetter read = reader.read(report);

        assertThat(read.findings()).extracting(f -> f.section().json() + ": " + f.text()).containsExactly(
                "narrative: Leaders have a clear plan for improvement.",
                "area_for_development: The timeliness of assessments.",
                "narrative: Children are seen quickly.");
        assertThat(read.summaryJudgement()).isEqualTo("Requires improvement to be good");
        assertThat(read.inspectionDates()).isEqualTo("6 to 17 March 2023");
    }

    @Test
    void linesDoubleSpacedByPdfExtractionJoinIntoTheirParagraphs() {
        String wide = "This line runs to the full width of the page as a wrapped line of a paragraph does, line ";
        StringBuilder text = new StringBuilder("Dear Ms Smith\n\nMain findings\n\n");
        for (String n : new String[] {"one", "two", "three"}) {
            text.append(wide).append(n).append(" a.\n\n").append(wide).append(n).append(" b.\n\n")
                    .append("and ends at ").append(n).append(".\n\n");
        }
        List<Finding> findings = reader.read(text + "Yours sincerely\n").findings();

        assertThat(findings).hasSize(3);
        assertThat(findings.get(0).text()).isEqualTo(wide + "one a. " + wide + "one b. and ends at one.");
    }

    @Test
    void eachFindingSaysWhereItStandsInTheTextAndOnWhichPage() {
        String letter = "Dear Ms Smith\n\nAreas for development\n\n=  Plans are\n   not   clear.\n\f\n"
                + "=  Visits to children are not always on time and |1 found delays.\n\nYours sincerely\n";
        List<Finding> findings = reader.read(letter).findings();

        assertThat(findings).extracting(Finding::text).containsExactly("Plans are not clear.",
                "Visits to children are not always on time and I found delays.");
        Finding.Source first = findings.get(0).source();
        assertThat(letter.substring(first.start(), first.end())).isEqualTo("Plans are\n   not   clear");
        assertThat(first.page()).isEqualTo(1);
        Finding.Source second = findings.get(1).source();
        assertThat(letter.substring(second.start(), second.end())).isEqualTo("Visits to children are not always on time and |1 found delays");
        assertThat(second.page()).isEqualTo(2);
        assertThat(reader.read(letter.replace("\f", "")).findings().get(1).source().page())
                .as("text without page breaks has no pages").isNull();
    }

    // --- helpers ---

    private static String resource(String name) throws IOException {
        try (InputStream in = LetterReaderTests.class.getResourceAsStream("/letters/" + name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String randomChars(Random random) {
        char[] chars = new char[random.nextInt(30)];
        String alphabet = "=-\u2022\u25AA<>/&#;|1lI:. \taZ\u2019\uF0A7\u00A0\r";
        for (int i = 0; i < chars.length; i++) {
            chars[i] = random.nextInt(4) == 0 ? (char) random.nextInt(0x3000) : alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(chars);
    }
}
