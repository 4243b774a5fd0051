package com.crampcoach.conversation;

import com.crampcoach.content.Content;
import com.crampcoach.memory.Memory;
import com.crampcoach.screen.Screens;

/** What every turn is made with: the words, what the skill remembers, and the screens. Built once at start-up. */
public record Parts(Content content, Memory memory, Screens screens) {

    /** The same, remembering nothing (the error answer never waits on storage). */
    public Parts withoutMemory() {
        return new Parts(content, Memory.none(), screens);
    }
}
