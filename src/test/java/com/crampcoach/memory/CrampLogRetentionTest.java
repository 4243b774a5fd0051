package com.crampcoach.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The cramp log keeps 180 days: an entry that old stays, one a day older goes at the next write. A pure rule, tested
 * with explicit dates, whichever clock the caller takes "today" from.
 */
class CrampLogRetentionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void an_entry_of_180_days_ago_is_kept_and_one_of_181_days_ago_is_dropped() {
        CrampLog log = CrampLog.EMPTY
                .add(new CrampLog.Entry(TODAY.minusDays(181), "calf"), TODAY.minusDays(1))
                .add(new CrampLog.Entry(TODAY.minusDays(180), "back"), TODAY.minusDays(1));
        assertThat(log.entries()).hasSize(2);

        log = log.add(new CrampLog.Entry(TODAY, "neck"), TODAY);

        assertThat(log.entries()).extracting(CrampLog.Entry::part).containsExactly("back", "neck");
    }

    @Test
    void adding_an_entry_records_consent() {
        assertThat(CrampLog.EMPTY.consent()).isFalse();

        assertThat(CrampLog.EMPTY.add(new CrampLog.Entry(TODAY, "calf"), TODAY).consent()).isTrue();
    }

    @Test
    void an_entry_dated_more_than_a_day_ahead_of_the_server_is_not_kept() {
        CrampLog log = CrampLog.EMPTY.add(new CrampLog.Entry(TODAY.plusDays(1), "calf"), TODAY)
                .add(new CrampLog.Entry(TODAY.plusDays(2), "back"), TODAY);

        assertThat(log.entries()).extracting(CrampLog.Entry::part).containsExactly("calf");
    }

    @Test
    void a_day_keeps_five_entries_and_parts_the_skill_does_not_know_are_unspecified() {
        CrampLog log = CrampLog.EMPTY;
        for (int i = 0; i < CrampLog.PER_DAY + 2; i++) {
            log = log.add(new CrampLog.Entry(TODAY, i == 0 ? "HEART" + "x".repeat(1000) : "calf"), TODAY);
        }

        assertThat(log.entries()).hasSize(CrampLog.PER_DAY);
        assertThat(log.entries().get(0).part()).isEqualTo(CrampLog.UNSPECIFIED);
        assertThat(log.full(TODAY)).isTrue();
        assertThat(log.full(TODAY.minusDays(1))).isFalse();
    }
}
