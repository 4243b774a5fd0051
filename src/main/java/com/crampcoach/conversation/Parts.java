package com.crampcoach.conversation;

import com.crampcoach.alexa.TimeZones;
import com.crampcoach.content.Content;
import com.crampcoach.memory.Memory;
import com.crampcoach.screen.Screens;

/**
 * What every turn is made with: the words, what the skill remembers, the screens, and where the person's time
 * zone comes from. Built once at start-up.
 */
public record Parts(Content content, Memory memory, Screens screens, TimeZones zones) {

    /** With Alexa's Settings API over its standard deadline ({@link TimeZones#DEADLINE}). */
    public Parts(Content content, Memory memory, Screens screens) {
        this(content, memory, screens, TimeZones.standard());
    }

    /** The same, remembering nothing (the error answer never waits on storage). */
    public Parts withoutMemory() {
        return new Parts(content, Memory.none(), screens, zones);
    }
}
