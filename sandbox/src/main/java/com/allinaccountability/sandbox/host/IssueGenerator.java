package com.allinaccountability.sandbox.host;

import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.sandbox.workflow.SandboxStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * Adds synthetic issues to project GEN for scale tests ({@code --generate N}), in batches of one transaction each so
 * that memory stays flat and 100k issues take seconds, not minutes. The values are pseudo-random from a fixed seed, so
 * two runs generate the same shape of data.
 */
public final class IssueGenerator {

    static final int BATCH_SIZE = 2_000;
    private static final List<String> TYPES = List.of(IssueTypes.STORY, IssueTypes.TASK, IssueTypes.BUG,
            IssueTypes.SUB_TASK);
    private static final List<String> PEOPLE = List.of("alice", "bob", "carol", "dave", "erin");

    private final Projects projects;
    private final SandboxIssues issues;
    private final Clock clock;
    private final List<String> people;

    /** Issues assigned to and reported by the sample users. */
    public IssueGenerator(Projects projects, SandboxIssues issues, Clock clock) {
        this(projects, issues, clock, List.of());
    }

    /** Issues assigned to and reported by the sample users and {@code generatedPeople} ({@link GeneratedPeople}). */
    public IssueGenerator(Projects projects, SandboxIssues issues, Clock clock, List<String> generatedPeople) {
        this.projects = projects;
        this.issues = issues;
        this.clock = clock;
        List<String> all = new ArrayList<>(PEOPLE);
        all.addAll(generatedPeople);
        this.people = List.copyOf(all);
    }

    /**
     * Adds {@code count} issues to GEN.
     *
     * @param progress told the running total after each batch
     */
    public void generate(long count, LongConsumer progress) {
        generate(count, progress, keys -> {});
    }

    /**
     * As {@link #generate(long, LongConsumer)}, telling {@code created} the keys of each batch once it is stored (the
     * accountability layer gives them records).
     */
    public void generate(long count, LongConsumer progress, java.util.function.Consumer<List<String>> created) {
        Project gen = projects.byKey("GEN").orElseThrow(
                () -> new IllegalStateException("Project GEN is missing: the sample data seeds it on first start"));
        SplittableRandom random = new SplittableRandom(count);
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        long done = 0;
        while (done < count) {
            int size = (int) Math.min(BATCH_SIZE, count - done);
            List<NewIssue> batch = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                batch.add(randomIssue(random, done + i, now, today, people));
            }
            created.accept(issues.create(gen, batch));
            done += size;
            progress.accept(done);
        }
    }

    private static NewIssue randomIssue(SplittableRandom random, long index, Instant now, LocalDate today,
            List<String> people) {
        SandboxStatus status = SandboxStatus.values()[random.nextInt(SandboxStatus.values().length)];
        Instant created = now.minus(Duration.ofHours(random.nextInt(24 * 365)));
        Optional<Instant> resolved = status == SandboxStatus.DONE
                ? Optional.of(created.plus(Duration.ofHours(random.nextInt(1, 24 * 30))))
                : Optional.empty();
        Optional<UserKey> assignee = random.nextInt(10) == 0
                ? Optional.empty()
                : Optional.of(UserKey.of(people.get(random.nextInt(people.size()))));
        return new NewIssue(
                TYPES.get(random.nextInt(TYPES.size())),
                "Generated issue " + (index + 1) + " for scale tests",
                status,
                assignee,
                Optional.of(UserKey.of(people.get(random.nextInt(people.size())))),
                random.nextInt(3) == 0 ? Optional.empty() : Optional.of(today.plusDays(random.nextInt(-60, 90))),
                created,
                resolved,
                Optional.of(3600L * random.nextInt(1, 41)),
                random.nextBoolean() ? Optional.of(3600L * random.nextInt(0, 41)) : Optional.empty());
    }
}
