package org.scrutineer.letter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.scrutineer.Api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared fixtures that have gold labels beside them (src/test/resources/letters), read as an upload would be,
 * for tests in other features that check what follows from reading them.
 */
public final class LabelledLetters {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelledLetters() {
    }

    /** The file name of every document with a {@code .json} of gold labels beside it, in name order. */
    public static List<String> documents() {
        try {
            Path folder = Path.of(LabelledLetters.class.getResource("/letters").toURI());
            try (Stream<Path> files = Files.list(folder)) {
                return files.map(f -> f.getFileName().toString()).filter(n -> n.matches(".*\\.(pdf|txt)"))
                        .filter(n -> Files.exists(folder.resolve(n.replaceAll("\\.(pdf|txt)$", ".json"))))
                        .sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The document's text as the app reads an upload of it: a PDF's text layer, a text file's UTF-8. */
    public static String text(String document) {
        byte[] bytes = Api.resource("/letters/" + document);
        return document.endsWith(".pdf") ? PdfText.read(bytes, new LetterLimits(200, 2_000_000, null))
                : new String(bytes, StandardCharsets.UTF_8);
    }

    /** The document's gold labels. */
    public static JsonNode gold(String document) {
        try {
            return JSON.readTree(Api.resource("/letters/" + document.replaceAll("\\.(pdf|txt)$", ".json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
