package com.crampcoach.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.util.JacksonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ButtonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The launch event of events/ turned into a touch: a UserEvent with this token and these arguments (JSON). */
    private static Optional<Button.Press> touch(String token, String arguments) throws IOException {
        ObjectNode envelope = (ObjectNode) JSON.readTree(Files.readString(Path.of("events/launch.json")));
        ObjectNode request = (ObjectNode) envelope.path("request");
        request.put("type", "Alexa.Presentation.APL.UserEvent");
        request.put("token", token);
        request.set("arguments", JSON.readTree(arguments));
        request.set("source", JSON.readTree("{\"type\": \"TouchWrapper\", \"handler\": \"Press\", \"id\": \"button-next\"}"));
        return Button.pressed(new JacksonSerializer().deserialize(envelope.toString(), RequestEnvelope.class).getRequest());
    }

    @Test
    void each_button_of_the_step_screen_is_recognised_by_its_word() throws IOException {
        assertEquals(Optional.of(new Button.Press(Button.NEXT, null, -1)), touch(Screens.STEP_TOKEN, "[\"next\"]"));
        assertEquals(Optional.of(new Button.Press(Button.REPEAT, "calf", 2)),
                touch(Screens.STEP_TOKEN, "[\"repeat\", \"calf\", 2]"));
        assertEquals(Optional.of(new Button.Press(Button.PAUSE, "back", 0)),
                touch(Screens.STEP_TOKEN, "[\"pause\", \"back\", 0]"));
    }

    @Test
    void a_touch_from_another_document_or_with_other_arguments_is_no_button() throws IOException {
        assertEquals(Optional.empty(), touch(Screens.RELIEF_TOKEN, "[\"next\"]"));
        assertEquals(Optional.empty(), touch(Screens.STEP_TOKEN, "[\"skip\"]"));
        assertEquals(Optional.empty(), touch(Screens.STEP_TOKEN, "[\"next\", \"pause\"]"));
        assertEquals(Optional.empty(), touch(Screens.STEP_TOKEN, "[]"));
        assertEquals(Optional.empty(), touch(Screens.STEP_TOKEN, "[{\"next\": true}]"));
        assertEquals(Optional.empty(), touch(Screens.STEP_TOKEN, "[\"NEXT\"]"));
        assertEquals(Optional.empty(), touch(Screens.STEP_TOKEN, "[\"next\", \"../etc\", 1]"));
        assertEquals(Optional.empty(), touch(Screens.STEP_TOKEN, "[\"next\", \"calf\", -1]"));
        assertEquals(Optional.empty(), touch(Screens.STEP_TOKEN, "[\"next\", \"calf\", \"2\"]"));
    }

    @Test
    void a_spoken_request_is_no_button() throws IOException {
        RequestEnvelope launch = new JacksonSerializer().deserialize(Files.readString(Path.of("events/launch.json")),
                RequestEnvelope.class);
        assertEquals(Optional.empty(), Button.pressed(launch.getRequest()));
        assertEquals(Optional.empty(), Button.pressed(null));
    }
}
