package io.planextract.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.planextract.write.Json;
import java.io.UncheckedIOException;

final class CommandRunTestJson {
    private CommandRunTestJson() {
    }

    static JsonNode parse(String line) {
        try {
            return Json.mapper().readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
