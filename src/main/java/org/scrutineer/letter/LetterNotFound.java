package org.scrutineer.letter;

import org.scrutineer.web.NotFound;

public class LetterNotFound extends NotFound {
    public LetterNotFound(String id) {
        super("No letter has id '" + id + "'.");
    }
}
