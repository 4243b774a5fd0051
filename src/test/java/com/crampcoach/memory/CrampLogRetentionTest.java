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
}
