package com.crampcoach.conversation;

import com.crampcoach.alexa.ReminderApi;
import com.crampcoach.alexa.TimeZones;
import com.crampcoach.content.Content;
import com.crampcoach.memory.Memory;
import com.crampcoach.screen.Screens;

/**
 * What every turn is made with: the words, what the skill remembers, the screens, where the person's time zone
 * comes from, and Alexa's Reminders API. Built once at start-up.
 */
public record Parts(Content content, Memory memory, Screens screens, TimeZones zones, ReminderApi reminders) {

    /** With Alexa's Settings and Reminders APIs over their standard deadlines. */
    public Parts(Content content, Memory memory, Screens screens) {
        this(content, memory, screens, TimeZones.standard());
    }

    /** With these time zones, and the Reminders API over its standard deadline ({@link ReminderApi#DEADLINE}). */
    public Parts(Content content, Memory memory, Screens screens, TimeZones zones) {
        this(content, memory, screens, zones, ReminderApi.standard());
    }

    /** The same, remembering nothing (the error answer never waits on storage). */
    public Parts withoutMemory() {
        return new Parts(content, Memory.none(), screens, zones, reminders);
    }
}
