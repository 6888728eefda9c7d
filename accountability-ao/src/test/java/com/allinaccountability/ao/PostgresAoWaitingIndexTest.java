package com.allinaccountability.ao;

import static org.assertj.core.api.Assertions.assertThat;

import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.model.NextAction;
import com.allinaccountability.core.model.WaitingStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Never skipped: without the server every test fails, naming {@code .ci/setup-postgres.sh}. */
@DisplayName("WaitingIndex on PostgreSQL")
class PostgresAoWaitingIndexTest extends AoWaitingIndexTest {
    @Override
    TestDatabase openDatabase() {
        return TestDatabase.postgres();
    }

    /**
     * Two nodes indexing the same issue over and over, each with steps of its own: nothing fails, and what stays is
     * exactly one writer's last steps, never a mix of both and never a step twice.
     */
    @Test
    void concurrent_replaces_of_one_issue_leave_exactly_the_last_write() throws Exception {
        long project = nextId();
        long issue = nextId();
        UserKey a = newUser("racer-a");
        UserKey b = newUser("racer-b");
        List<WaitingStep> writeA = List.of(
                step(issue, project, a, NextAction.ALIGN, NOW.minusSeconds(30)),
                step(issue, project, b, NextAction.ALIGN, NOW.minusSeconds(30)));
        List<WaitingStep> writeB = List.of(
                step(issue, project, b, NextAction.ALIGN, NOW.minusSeconds(30)),
                step(issue, project, a, NextAction.VERIFY, NOW.minusSeconds(40)),
                step(issue, project, b, NextAction.ANSWER_CONCERN, NOW.minusSeconds(50)));
        int rounds = 40;
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (List<WaitingStep> write : List.of(writeA, writeB)) {
                writers.add(pool.submit(() -> {
                    for (int round = 0; round < rounds; round++) {
                        together.await(10, TimeUnit.SECONDS);
                        index.replace(Map.of(issue, write));
                        if (round % 5 == 4) {
                            // Now and then the issue has no rows at all when both start.
                            together.await(10, TimeUnit.SECONDS);
                            index.remove(List.of(issue));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        index.replace(Map.of(issue, writeB));
        assertThat(stored(project, a, b)).containsExactlyInAnyOrderElementsOf(writeB);

        // And a final race, whose result must be one of the two writes, whole.
        CyclicBarrier last = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (List<WaitingStep> write : List.of(writeA, writeB)) {
                writers.add(two.submit(() -> {
                    last.await(10, TimeUnit.SECONDS);
                    index.replace(Map.of(issue, write));
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
        } finally {
            two.shutdownNow();
        }
        List<WaitingStep> stored = stored(project, a, b);
        assertThat(Set.of(Set.copyOf(writeA), Set.copyOf(writeB))).contains(Set.copyOf(stored));
        assertThat(stored).doesNotHaveDuplicates();
    }

    private List<WaitingStep> stored(long project, UserKey a, UserKey b) {
        List<WaitingStep> stored = new ArrayList<>(index.open(a, Set.of(project), NOW, 0, 100));
        stored.addAll(index.open(b, Set.of(project), NOW, 0, 100));
        return stored;
    }
}
