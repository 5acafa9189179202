package org.ejournal.scheduler.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class FlatJsonTest {

    @Test
    void roundTripsCyrillicAndEscapes() {
        Map<String, String> values = Map.of("classId", "12", "note", "«5А» \"кавычки\" \\ \n\t конец", "empty", "");
        String json = FlatJson.write(values);
        assertEquals(values, FlatJson.read(json));
        assertEquals("{}", FlatJson.write(Map.of()));
        assertEquals(Map.of(), FlatJson.read(" { } "));
        assertEquals(Map.of("a", "é"), FlatJson.read("{ \"a\" : \"\\u00e9\" }"));
    }
}
