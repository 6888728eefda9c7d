package com.allinaccountability.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.allinaccountability.core.model.AccountabilityRecord;
import com.allinaccountability.core.model.Alignment;
import com.allinaccountability.core.model.AlignmentState;
import com.allinaccountability.core.model.CheckIn;
import com.allinaccountability.core.model.CheckInStatus;
import com.allinaccountability.core.model.Expectation;
import com.allinaccountability.core.model.UserKey;
import com.allinaccountability.core.port.RecordStoreContract;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The snapshot kept in the record row: what goes in comes out, and its text does not change unnoticed. */
class RecordSnapshotTest {

    @Test
    void aFullRecordComesBackEqualWithTheRowsIssueProjectAndVersion() {
        AccountabilityRecord record = RecordStoreContract.aFullRecord(41, 7);

        AccountabilityRecord read = RecordSnapshot.read(41, 7, 12, RecordSnapshot.write(record));

        assertThat(read).isEqualTo(record.withVersion(12));
    }

    @Test
    void anEmptyRecordComesBackEmpty() {
        AccountabilityRecord empty = AccountabilityRecord.empty(3, 4);

        assertThat(RecordSnapshot.read(3, 4, 0, RecordSnapshot.write(empty))).isEqualTo(empty);
    }

    @Test
    void textOfAnyKindComesBackByteForByte() {
        String hostile = "<img src=x onerror=alert(1)> \"quoted\" back\\slash\nnew line\ttab \u2028 😀 é 中文 </script>";
        AccountabilityRecord record = AccountabilityRecord.empty(1, 2).withRevisions(List.of(new Expectation(1,
                hostile, hostile, LocalDate.of(2030, 1, 1), hostile, UserKey.of("ü-" + hostile),
                Instant.parse("2026-01-01T00:00:00.000000001Z"))));

        assertThat(RecordSnapshot.read(1, 2, 1, RecordSnapshot.write(record))).isEqualTo(record.withVersion(1));
    }

    /**
     * Pins the stored text. If this fails because the format changed on purpose, raise {@link RecordSnapshot#FORMAT}
     * (stored snapshots of the old format are then read from the child rows until their record is saved again) and
     * update the expected text; never change the text under the same format number.
     */
    @Test
    void theFormatIsPinned() {
        Instant at = Instant.parse("2026-02-03T04:05:06.000000007Z");
        UserKey bob = UserKey.of("bob");
        AccountabilityRecord record = AccountabilityRecord.empty(1, 2)
                .withRevisions(List.of(new Expectation(1, "Ship", "Because", LocalDate.of(2026, 3, 1), "", bob, at)))
                .withAlignments(List.of(new Alignment(bob, AlignmentState.ALIGNED, "", Optional.empty(), 1, at)))
                .withCheckins(List.of(new CheckIn(bob, CheckInStatus.AT_RISK, "Late",
                        Optional.of(LocalDate.of(2026, 3, 8)), at)));

        assertThat(RecordSnapshot.FORMAT).isEqualTo(1);
        assertThat(RecordSnapshot.write(record)).isEqualTo("{\"revisions\":[{\"revision\":1,\"outcome\":\"Ship\","
                + "\"why\":\"Because\",\"targetDate\":\"2026-03-01\",\"goalLink\":\"\",\"setBy\":\"bob\","
                + "\"setAt\":1770091506000000007}],\"alignments\":[{\"user\":\"bob\",\"state\":\"ALIGNED\","
                + "\"comment\":\"\",\"revision\":1,\"at\":1770091506000000007}],\"ownership\":[],\"checkins\":"
                + "[{\"user\":\"bob\",\"status\":\"AT_RISK\",\"note\":\"Late\",\"at\":1770091506000000007,"
                + "\"forecastDate\":\"2026-03-08\"}]}");
    }

    @Test
    void onlyARowWithTheCurrentFormatWrittenForItsVersionIsReadFromItsSnapshot() {
        assertThat(RecordSnapshot.readable(RecordSnapshot.FORMAT, 3L, 3, "{}")).isTrue();
        assertThat(RecordSnapshot.readable(null, 3L, 3, "{}")).isFalse();
        assertThat(RecordSnapshot.readable(RecordSnapshot.FORMAT + 1, 3L, 3, "{}")).isFalse();
        assertThat(RecordSnapshot.readable(RecordSnapshot.FORMAT, 3L, 3, null)).isFalse();
        assertThat(RecordSnapshot.readable(RecordSnapshot.FORMAT, 2L, 3, "{}")).as("older than its row").isFalse();
        assertThat(RecordSnapshot.readable(RecordSnapshot.FORMAT, null, 3, "{}")).isFalse();
    }

    @Test
    void aDamagedSnapshotIsAnErrorThatNamesTheIssue() {
        assertThatThrownBy(() -> RecordSnapshot.read(99, 1, 1, "{not json"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("issue 99");
        assertThatThrownBy(() -> RecordSnapshot.read(99, 1, 1, "{\"revisions\":[{\"revision\":1}]}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("issue 99");
    }
}
