package org.scrutineer.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.scrutineer.letter.LetterService;
import org.springframework.stereotype.Component;

import static org.scrutineer.workflow.Variables.LETTER_ID;

@Component("extractFindings")
class ExtractFindings implements JavaDelegate {

    private final LetterService letters;

    ExtractFindings(LetterService letters) {
        this.letters = letters;
    }

    @Override
    public void execute(DelegateExecution execution) {
        letters.extractFindings((String) execution.getVariable(LETTER_ID), Causes.of(execution));
    }
}
