package org.scrutineer.letter;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How much of an uploaded file we are willing to read, so that one hostile or mistaken upload (a whole report, a
 * crafted PDF) cannot hold the server. The upload's size is bounded separately, by the multipart limit.
 *
 * @param maxPages      pages of a PDF
 * @param maxCharacters characters of text, in any format
 * @param readTimeout   how long reading one file may take
 */
@ConfigurationProperties("scrutineer.letters")
record LetterLimits(@DefaultValue("200") int maxPages,
                    @DefaultValue("2000000") int maxCharacters,
                    @DefaultValue("10s") Duration readTimeout) {
}
