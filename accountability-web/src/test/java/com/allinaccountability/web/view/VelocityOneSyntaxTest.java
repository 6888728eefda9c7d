package com.allinaccountability.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Our templates also run on the Velocity 1.x the hosts embed (an Atlassian fork of 1.6.4), where the sandbox's 2.4
 * is more lenient: Velocity 1.x reads a hyphen as part of an identifier ({@code $a.b-c} is the property
 * {@code b-c}, printed raw when unresolved), and {@code $foreach} (1.7+) does not exist. The plugin container test
 * renders the templates on 1.6.4; this catches the same mistakes without it, for every line of every template.
 */
class VelocityOneSyntaxTest {
    /** An informal reference directly followed by a hyphen: Velocity 1.x swallows the hyphen into the name. */
    private static final Pattern HYPHEN_AFTER_REFERENCE = Pattern.compile("\\$!?[A-Za-z][A-Za-z0-9_.]*[A-Za-z0-9_]-");
    private static final Pattern FOREACH_REFERENCE = Pattern.compile("\\$!?\\{?foreach\\b");

    @Test
    void no_template_uses_syntax_velocity_1_reads_otherwise() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources", Templates.TEMPLATES))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".vm")).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    for (Pattern pattern : List.of(HYPHEN_AFTER_REFERENCE, FOREACH_REFERENCE)) {
                        Matcher matcher = pattern.matcher(lines.get(i));
                        while (matcher.find()) {
                            found.add(file.getFileName() + ":" + (i + 1) + " " + matcher.group()
                                    + " (write ${...} for a reference followed by '-'; no $foreach)");
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void the_check_sees_the_mistakes_it_is_for() {
        assertThat(HYPHEN_AFTER_REFERENCE.matcher("id=\"acc-req-$category.key-$requirement.value\"").find()).isTrue();
        assertThat(HYPHEN_AFTER_REFERENCE.matcher("id=\"acc-req-${category.key}-$requirement.value\"").find())
                .isFalse();
        assertThat(FOREACH_REFERENCE.matcher("#if($foreach.hasNext), #end").find()).isTrue();
    }
}
