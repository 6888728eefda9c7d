package com.allinaccountability.atlassianapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules that keep this compile-only module honest. Comments are invisible to reflection, so the
 * provenance rule reads the sources; the constant rule reads the compiled classes, because that is
 * where an inlinable constant would leak into our plugins.
 */
class DeclarationRulesTest {

    private static final Path SOURCES = Paths.get("src", "main", "java");
    private static final Pattern TOP_LEVEL_TYPE = Pattern.compile(
            "^(?:public\\s+)?(?:abstract\\s+|final\\s+)*(?:class|interface|enum|@interface)\\s+(\\w+)", Pattern.MULTILINE);
    private static final Pattern PROVENANCE = Pattern.compile(
            "^(?://\\s*Checked against:|\\s*\\*\\s*@see)\\s*https://\\S+", Pattern.MULTILINE);

    private static List<Path> sourceFiles;

    @BeforeAll
    static void collectSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            sourceFiles = files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void the_module_declares_types() {
        assertThat(sourceFiles).as("declaration sources under %s", SOURCES).isNotEmpty();
    }

    @Test
    void every_top_level_type_names_the_javadoc_it_was_checked_against() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path file : sourceFiles) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher type = TOP_LEVEL_TYPE.matcher(text);
            if (!type.find()) {
                missing.add(file + " (no top-level type found)");
                continue;
            }
            String header = text.substring(0, type.start());
            if (!PROVENANCE.matcher(header).find()) {
                missing.add(file.toString());
            }
        }
        assertThat(missing)
                .as("types without a '// Checked against: https://...' (or Javadoc '@see https://...') line above them")
                .isEmpty();
    }

    @Test
    void only_atlassian_packages_are_declared_here() {
        List<String> foreign = sourceFiles.stream()
                .map(DeclarationRulesTest::className)
                .filter(name -> !name.startsWith("com.atlassian."))
                .collect(Collectors.toList());
        assertThat(foreign).as("classes outside com.atlassian (ours belong in other modules)").isEmpty();
    }

    @Test
    void no_declared_type_has_a_constant_javac_would_inline() throws ClassNotFoundException {
        List<String> inlinable = new ArrayList<>();
        for (Path file : sourceFiles) {
            collectInlinableConstants(Class.forName(className(file)), inlinable);
        }
        assertThat(inlinable)
                .as("static final primitive/String fields: javac copies their stub values into our plugins")
                .isEmpty();
    }

    private static void collectInlinableConstants(Class<?> type, List<String> found) {
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            boolean constantShaped = Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                    && (field.getType().isPrimitive() || field.getType() == String.class);
            // serialVersionUID is private and read only by serialization, never compiled into callers.
            boolean serialVersion = field.getName().equals("serialVersionUID") && Modifier.isPrivate(modifiers);
            if (constantShaped && !serialVersion && !field.isSynthetic()) {
                found.add(type.getName() + "." + field.getName());
            }
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            collectInlinableConstants(nested, found);
        }
    }

    private static String className(Path file) {
        String relative = SOURCES.relativize(file).toString();
        return relative.substring(0, relative.length() - ".java".length()).replace(file.getFileSystem().getSeparator(), ".");
    }
}
