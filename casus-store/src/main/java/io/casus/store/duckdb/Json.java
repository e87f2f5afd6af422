package io.casus.store.duckdb;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** The JSON the store keeps in text columns. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private Json() {}

    /** A JSON array of strings, as written by the store. */
    static List<String> stringList(String json) {
        try {
            return json == null ? List.of() : MAPPER.readValue(json, STRINGS);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("stored tags are not a JSON array of strings: " + json, e);
        }
    }
}
