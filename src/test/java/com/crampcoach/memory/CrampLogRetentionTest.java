package com.crampcoach.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The cramp log keeps 180 days: an entry that old stays, one a day older goes at the next write. A pure rule, tested
 * with explicit dates, whichever clock the caller takes "today" from.
 */
class CrampLogRetentionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void an_entry_of_180_days_ago_is_kept_and_one_of_181_days_ago_is_dropped() {
        Map<String, Object> data = new HashMap<>();
        CrampLog.add(data, new CrampLog.Entry(TODAY.minusDays(181), "calf"), TODAY.minusDays(1));
        CrampLog.add(data, new CrampLog.Entry(TODAY.minusDays(180), "back"), TODAY.minusDays(1));
        assertThat(CrampLog.entries(data)).hasSize(2);

        CrampLog.add(data, new CrampLog.Entry(TODAY, "neck"), TODAY);

        assertThat(CrampLog.entries(data)).extracting(CrampLog.Entry::part).containsExactly("back", "neck");
    }

    @Test
    void adding_an_entry_records_consent() {
        Map<String, Object> data = new HashMap<>();
        assertThat(CrampLog.consented(data)).isFalse();

        CrampLog.add(data, new CrampLog.Entry(TODAY, "calf"), TODAY);

        assertThat(CrampLog.consented(data)).isTrue();
    }
}
