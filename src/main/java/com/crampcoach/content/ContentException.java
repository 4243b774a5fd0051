package com.crampcoach.content;

/** A content file that is missing, malformed or asks for something the renderer cannot do. */
public final class ContentException extends RuntimeException {
    public ContentException(String message) {
        super(message);
    }
}
