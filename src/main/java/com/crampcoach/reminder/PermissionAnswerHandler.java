package com.crampcoach.reminder;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.connections.ConnectionsResponse;
import com.crampcoach.alexa.ReminderApi;
import com.crampcoach.conversation.Parts;
import com.crampcoach.conversation.Turn;
import java.util.Map;
import java.util.Optional;

/**
 * Alexa's answer to the skill's voice request for the reminders permission ({@code Connections.Response}, name
 * {@code AskFor}): "ACCEPTED" sets the reminder the token names; anything else is answered as not given.
 */
public final class PermissionAnswerHandler implements RequestHandler {

    private final Parts parts;

    public PermissionAnswerHandler(Parts parts) {
        this.parts = parts;
    }

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.getRequest() instanceof ConnectionsResponse answer && "AskFor".equals(answer.getName());
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        ConnectionsResponse answer = (ConnectionsResponse) input.getRequest();
        Map<String, Object> payload = answer.getPayload() == null ? Map.of() : answer.getPayload();
        boolean granted = answer.getStatus() != null && "200".equals(answer.getStatus().getCode())
                && ReminderApi.SCOPE.equals(payload.get("permissionScope")) && "ACCEPTED".equals(payload.get("status"));
        Turn turn = Turn.of(input, parts);
        return turn.respond(BedtimeReminders.permissionAnswered(turn, granted, answer.getToken()));
    }
}
