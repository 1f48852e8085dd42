package io.planextract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.planextract.write.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample's output validates against the published schema, docs/plan-extract.schema.json. */
class OutputSchemaTest {
    private static final JsonSchema SCHEMA = load();

    private static JsonSchema load() {
        try {
            JsonNode node = Json.mapper().readTree(Files.readString(Path.of("docs/plan-extract.schema.json")));
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static java.util.stream.Stream<String> samples() throws Exception {
        return GoldenSamplesTest.allSamples().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void outputValidates(String sample) throws Exception {
        Path input = Path.of(getClass().getResource("/samples/" + sample).toURI());
        Set<ValidationMessage> errors = SCHEMA.validate(Json.mapper().valueToTree(PlanExtractor.extract(input)));
        assertThat(errors).as(sample).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void schemaRejectsAMissingKeyAndAnUnknownDeadlineKind() throws Exception {
        JsonNode bad = Json.mapper().readTree("{\"schemaVersion\":\"1\",\"source\":null,\"notice\":{},"
                + "\"tables\":[],\"tasks\":[{\"id\":1,\"deadline\":{\"text\":\"x\",\"kind\":\"soon\",\"date\":null}}]}");
        assertThat(SCHEMA.validate(bad)).isNotEmpty();
    }
}
