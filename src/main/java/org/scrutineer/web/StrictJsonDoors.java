package org.scrutineer.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Camunda's REST doors (/engine-rest, and the webapps' /camunda/api) read JSON with their own readers, which let
 * the last of two equal keys win. A JSON body sent there with a key given twice is refused (400) before Camunda
 * reads it, as our API refuses it ({@link StrictJson}): which of the two a check saw would be a guess. So is a
 * variable of a type those readers fail on with a 500, and JSON nested deeper than they read.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonDoors {

    @Bean
    FilterRegistrationBean<StrictJsonRefusal> strictJsonDoorsFilter(ObjectMapper json) {
        FilterRegistrationBean<StrictJsonRefusal> registration = new FilterRegistrationBean<>(new StrictJsonRefusal(json));
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        // after the size limit and the sign-in, as WideObjectRefusal, whose copy of the body it reads
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 20);
        return registration;
    }

    static final class StrictJsonRefusal extends JsonBodyCheck {

        private final ObjectMapper strict = new ObjectMapper(JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(1000).build()).build());

        StrictJsonRefusal(ObjectMapper json) {
            super(json, BodyBudget.OF_THE_HEAP);
        }

        /**
         * Why the body is refused, or {@literal null}: a key given twice in one object, or a variable Camunda's
         * readers fail on with a 500 before any check of ours runs: no type (""), the abstract type Number, or a file
         * without its valueInfo. Any other type Camunda refuses itself, with a 400, as it does malformed JSON.
         */
        @Override
        String refusal(byte[] body) {
            JsonNode tree;
            try {
                tree = strict.readTree(body);
            } catch (JsonParseException e) {
                String message = e.getOriginalMessage();
                return message != null && message.startsWith("Duplicate field")
                        ? "The request's JSON gives a field twice ('" + message.replaceAll("^Duplicate field '(.*)'$", "$1") + "')."
                        : null;
            } catch (StreamConstraintsException e) {
                // Camunda's readers have the same bound but answer it with a 500
                return "The request's JSON is nested more than 1,000 levels deep.";
            } catch (IOException malformed) {
                return null;
            }
            List<JsonNode> found = new ArrayList<>();
            collectVariables(tree, found);
            for (JsonNode variable : found) {
                String type = variable.get("type").asText();
                if (type.isBlank()) {
                    return "A variable's 'type' is empty: give one such as String, Integer, Boolean or Json.";
                }
                if (type.equalsIgnoreCase("number")) {
                    return "A variable's 'type' is Number, which no value has: give Integer, Long or Double.";
                }
                if (type.equalsIgnoreCase("file") && !variable.path("valueInfo").isObject()) {
                    return "A File variable needs its 'valueInfo' (filename, mimeType).";
                }
            }
            return null;
        }

        /** Every object that is a variable's value: a textual "type" beside "value" or "valueInfo". */
        private static void collectVariables(JsonNode node, List<JsonNode> found) {
            if (node.isObject() && node.path("type").isTextual() && (node.has("value") || node.has("valueInfo"))) {
                found.add(node);
            }
            node.forEach(child -> collectVariables(child, found));
        }
    }
}
