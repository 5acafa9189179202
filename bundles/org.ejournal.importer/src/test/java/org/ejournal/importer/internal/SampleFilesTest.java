package org.ejournal.importer.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The sample files in docs/samples are exactly what {@link SampleFiles} generates, so the documented
 * sample and the tested one never drift apart. Regenerate with {@code -Dimport.samples.write=true}.
 */
class SampleFilesTest {

    static final Path DIR = Path.of("../../docs/samples");

    @Test
    void committedSamplesAreTheGeneratedOnes() throws Exception {
        boolean write = Boolean.getBoolean("import.samples.write");
        for (Map.Entry<String, byte[]> file : SampleFiles.all().entrySet()) {
            Path path = DIR.resolve(file.getKey());
            if (write) {
                Files.createDirectories(DIR);
                Files.write(path, file.getValue());
            }
            assertArrayEquals(file.getValue(), Files.readAllBytes(path), path + " differs from SampleFiles: regenerate"
                    + " with -Dimport.samples.write=true");
        }
    }
}
