package org.scrutineer.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A finding's sentence as something to do: instructions kept, noun phrases given a verb, statements left alone. */
class InstructionsTests {

    @Test
    void anInstructionStaysAsItIs() {
        assertThat(Instructions.from("Ensure that all decisions are recorded")).isEqualTo("Ensure that all decisions are recorded");
        assertThat(Instructions.from("Strengthen the oversight of private fostering"))
                .isEqualTo("Strengthen the oversight of private fostering");
        assertThat(Instructions.from("Put in place a protocol for joint visits")).isEqualTo("Put in place a protocol for joint visits");
        // read from a bulleted list in lower case
        assertThat(Instructions.from("consolidate the new duty rota")).isEqualTo("Consolidate the new duty rota");
        assertThat(Instructions.from("eCAF use is consistent")).as("a name keeps its case").isEqualTo("eCAF use is consistent");
    }

    @Test
    void anInstructionAfterAnAdverbOrWithAVerbOfAnyFormStaysAsItIs() {
        assertThat(Instructions.from("Further reduce the number of moves for children in care"))
                .isEqualTo("Further reduce the number of moves for children in care");
        assertThat(Instructions.from("Urgently review all cases held without a plan"))
                .isEqualTo("Urgently review all cases held without a plan");
        assertThat(Instructions.from("Formalise arrangements for joint commissioning"))
                .as("a verb in -ise").isEqualTo("Formalise arrangements for joint commissioning");
        assertThat(Instructions.from("Harness the views of young carers"))
                .as("a verb not listed, before 'the'").isEqualTo("Harness the views of young carers");
        assertThat(Instructions.from("Review and update the threshold document"))
                .isEqualTo("Review and update the threshold document");
    }

    @Test
    void whatTheCouncilOrItsLeadersShouldDoIsWhatFollowsShould() {
        assertThat(Instructions.from("The local authority should review its placement strategy"))
                .isEqualTo("Review its placement strategy");
        assertThat(Instructions.from("Leaders should ensure that every child has a named worker"))
                .isEqualTo("Ensure that every child has a named worker");
        assertThat(Instructions.from("Senior managers must also track the timeliness of visits"))
                .isEqualTo("Track the timeliness of visits");
        assertThat(Instructions.from("The council needs to publish its local offer")).isEqualTo("Publish its local offer");
        // whom "itself" means would be lost; a passive has no one to do it
        assertThat(Instructions.from("The local authority should satisfy itself that carers are checked"))
                .isEqualTo("The local authority should satisfy itself that carers are checked");
        assertThat(Instructions.from("The local authority should be clear about its thresholds"))
                .isEqualTo("The local authority should be clear about its thresholds");
        // another body keeps its name: the council's plan says what the board should do
        assertThat(Instructions.from("The LSCB should review thresholds")).isEqualTo("The LSCB should review thresholds");
        // what should happen to something is no one's instruction: a statement, left as written
        assertThat(Instructions.from("Audits should challenge weak practice")).isEqualTo("Audits should challenge weak practice");
    }

    @Test
    void aGerundBecomesItsVerb() {
        assertThat(Instructions.from("Ensuring that children's wishes are recorded"))
                .isEqualTo("Ensure that children's wishes are recorded");
        assertThat(Instructions.from("Planning the transition of disabled young people"))
                .isEqualTo("Plan the transition of disabled young people");
        assertThat(Instructions.from("Responding to children who go missing")).isEqualTo("Respond to children who go missing");
        // a gerund used as a noun is what to improve
        assertThat(Instructions.from("Recording of management decisions")).isEqualTo("Improve recording of management decisions");
        assertThat(Instructions.from("Safeguarding arrangements for disabled children"))
                .isEqualTo("Improve safeguarding arrangements for disabled children");
    }

    @Test
    void aNounPhraseIsWhatToImprove() {
        // the browser walk's Wokingham 2023 items
        assertThat(Instructions.from("The timeliness of assessments of children’s needs"))
                .isEqualTo("Improve the timeliness of assessments of children’s needs");
        assertThat(Instructions.from("The response to children who are vulnerable to exploitation"))
                .as("a verb in a relative clause").isEqualTo("Improve the response to children who are vulnerable to exploitation");
        assertThat(Instructions.from("The consistency with which plans are recorded so that they are understood"))
                .isEqualTo("Improve the consistency with which plans are recorded so that they are understood");
        assertThat(Instructions.from("Management oversight of pre-birth assessments"))
                .isEqualTo("Improve management oversight of pre-birth assessments");
        assertThat(Instructions.from("Access to independent advocacy for children in care"))
                .isEqualTo("Improve access to independent advocacy for children in care");
        assertThat(Instructions.from("Support for children with complex needs"))
                .as("'needs' is a noun").isEqualTo("Improve support for children with complex needs");
        assertThat(Instructions.from("How well leaders know their services")).isEqualTo("Improve how well leaders know their services");
    }

    @Test
    void aNounPhraseKeepsTheCapitalsOfANameOrAnAcronym() {
        assertThat(Instructions.from("LSCB oversight of multi-agency training")).isEqualTo("Improve LSCB oversight of multi-agency training");
        assertThat(Instructions.from("Ofsted registration of children's homes")).isEqualTo("Improve Ofsted registration of children's homes");
        assertThat(Instructions.from("Early Help Hub screening of contacts")).isEqualTo("Improve Early Help Hub screening of contacts");
        assertThat(Instructions.from("Recording of advice given by the LADO")).isEqualTo("Improve recording of advice given by the LADO");
        assertThat(Instructions.from("Multi-agency attendance at strategy meetings"))
                .isEqualTo("Improve multi-agency attendance at strategy meetings");
    }

    @Test
    void aDelayIsReducedAndSomethingBetterAchieved() {
        assertThat(Instructions.from("delays in allocating cases")).isEqualTo("Reduce delays in allocating cases");
        assertThat(Instructions.from("Unnecessary drift in permanence planning")).isEqualTo("Reduce unnecessary drift in permanence planning");
        assertThat(Instructions.from("Better use of performance data")).isEqualTo("Achieve better use of performance data");
        assertThat(Instructions.from("Improved attendance of health partners")).isEqualTo("Improve attendance of health partners");
        assertThat(Instructions.from("Improvement in the quality of supervision")).isEqualTo("Improve the quality of supervision");
    }

    @Test
    void aStatementIsLeftAsWritten() {
        assertThat(Instructions.from("The quality of supervision is variable")).isEqualTo("The quality of supervision is variable");
        assertThat(Instructions.from("Caseloads in some teams remain high")).isEqualTo("Caseloads in some teams remain high");
        assertThat(Instructions.from("Further work is needed to ensure that plans are specific"))
                .isEqualTo("Further work is needed to ensure that plans are specific");
        assertThat(Instructions.from("Audits need to identify weak practice")).isEqualTo("Audits need to identify weak practice");
        assertThat(Instructions.from("There needs to be a stable workforce")).isEqualTo("There needs to be a stable workforce");
        assertThat(Instructions.from("Although caseloads have fallen, some remain high"))
                .isEqualTo("Although caseloads have fallen, some remain high");
        assertThat(Instructions.from("Work pressures remain in the duty team")).isEqualTo("Work pressures remain in the duty team");
        assertThat(Instructions.from("The use of placements (including unregistered homes) is not monitored"))
                .as("a verb after an aside").isEqualTo("The use of placements (including unregistered homes) is not monitored");
    }
}
