package io.offerbench.exchange.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shipped money files are read with Jackson's streaming parser instead of an ObjectMapper (a start-up cost):
 * the tree must be the one ObjectMapper.readTree gives, node type for node type, or a figure could read differently.
 */
class MoneyDatasetTreeTest {

    @ParameterizedTest
    @ValueSource(strings = {MoneyDataset.TAXES, MoneyDataset.COST_OF_LIVING, MoneyDataset.RATES})
    void eachShippedFileReadsAsTheSameTreeAsObjectMappersReadTree(String resource) throws Exception {
        JsonNode expected;
        try (InputStream in = MoneyDataset.class.getResourceAsStream(resource)) {
            expected = new ObjectMapper().readTree(in);
        }
        JsonNode read;
        try (InputStream in = MoneyDataset.class.getResourceAsStream(resource); JsonParser p = new JsonFactory().createParser(in)) {
            read = MoneyDataset.tree(p);
        }
        assertThat(read).isEqualTo(expected);
        assertThat(read.toString()).isEqualTo(expected.toString());
    }

    @Test
    void everyKindOfValueIsTheNodeTypeObjectMapperMakes() throws Exception {
        String json = "{\"i\": 7, \"l\": 9876543210, \"b\": 123456789012345678901234567890, \"d\": 0.0001, \"e\": 1.5e3,"
                + " \"t\": true, \"f\": false, \"n\": null, \"s\": \"x\", \"a\": [1, [2.50], {}], \"dup\": 1, \"dup\": 2}";
        JsonNode expected = new ObjectMapper().readTree(json);
        JsonNode read;
        try (JsonParser p = new JsonFactory().createParser(json)) {
            read = MoneyDataset.tree(p);
        }
        assertThat(read).isEqualTo(expected);
        for (String field : new String[] {"i", "l", "b", "d", "e", "t", "f", "n", "s", "dup"}) {
            assertThat(read.get(field).getClass()).as(field).isEqualTo(expected.get(field).getClass());
            assertThat(read.get(field).asText()).as(field).isEqualTo(expected.get(field).asText());
        }
        assertThat(read.get("a").get(1).get(0).asText()).isEqualTo(expected.get("a").get(1).get(0).asText());
    }
}
