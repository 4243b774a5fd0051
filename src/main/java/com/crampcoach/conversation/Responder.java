package com.crampcoach.conversation;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Directive;
import com.amazon.ask.model.Response;
import com.amazon.ask.model.interfaces.connections.SendRequestDirective;
import com.amazon.ask.response.ResponseBuilder;
import com.crampcoach.content.Catalog;
import com.crampcoach.content.HoldRenderer;
import com.crampcoach.content.Key;
import com.crampcoach.content.Phrase;
import com.crampcoach.content.Preferences;
import com.crampcoach.content.Reply;
import com.crampcoach.content.Routine;
import com.crampcoach.content.RoutineRenderer;
import com.crampcoach.conversation.Conversation.Place;
import com.crampcoach.conversation.Conversation.Preface;
import com.crampcoach.conversation.Conversation.Question;
import com.crampcoach.conversation.Conversation.Said;
import com.crampcoach.conversation.Conversation.Subject;
import com.crampcoach.screen.RoutineStep;
import com.crampcoach.screen.Screens;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns what an action decided ({@link Answer}) into Alexa's response, in one place: how the conversation moves
 * on, the speech in the person's settings, the card, the screen on a device that has one, and the session
 * attributes the next turn will read ({@link Session}).
 */
final class Responder {

    private final HandlerInput input;
    private final Catalog catalog;
    private final Screens screens;
    private final Person person;
    /** Said before the answer, unless it is the emergency's ({@link Answer.SafetyFirst}); {@code null} for nothing. */
    private final Lead lead;

    /** Words said before an answer: as SSML, and as plain text for its card. */
    private record Lead(String speech, String text) {
    }

    Responder(HandlerInput input, Catalog catalog, Screens screens, Person person) {
        this(input, catalog, screens, person, null);
    }

    private Responder(HandlerInput input, Catalog catalog, Screens screens, Person person, Lead lead) {
        this.input = input;
        this.catalog = catalog;
        this.screens = screens;
        this.person = person;
        this.lead = lead;
    }

    /** The words of {@code said}, in the person's settings. */
    Reply render(Said said) {
        Preferences preferences = person.preferences();
        if (said instanceof Said.Step step) {
            return RoutineRenderer.step(catalog, step.routine(), step.step(), preface(step), preferences);
        }
        if (said instanceof Said.Play play) {
            return RoutineRenderer.play(catalog, play.routine(), play.from(), preferences).reply();
        }
        Said.Answer answer = (Said.Answer) said;
        return catalog.reply(answer.key(), answer.values(), preferences.holdSeconds());
    }

    /** An answer by its key, with its values, in the person's hold length. */
    Reply render(String key, Map<String, String> values) {
        return catalog.reply(key, values, person.preferences().holdSeconds());
    }

    private String preface(Said.Step step) {
        return switch (step.preface()) {
            case NONE -> null;
            case INTRO -> step.routine().intro() == null ? null : catalog.render(step.routine().intro(), Map.of());
            case LOST -> catalog.phrase(Phrase.RESTARTED, Map.of());
            case FIRST -> catalog.phrase(Phrase.FIRST, Map.of());
        };
    }

    /**
     * What a screen shows for an answer: a routine step, its drawing and a countdown that starts when its spoken
     * hold does; a relief script, its steps. Only for devices that declare APL; nothing for anything else.
     */
    Optional<Directive> screen(Said said, Reply reply) {
        if (!Screens.supported(input.getRequestEnvelope())) {
            return Optional.empty();
        }
        if (said instanceof Said.Step step) {
            Routine routine = step.routine();
            int hold = person.preferences().hold(routine.steps().get(step.step()).holdSeconds());
            RoutineStep shown = RoutineStep.of(routine, step.step(), hold, catalog);
            String preface = preface(step);
            long before = shown.millisBeforeHold() + (preface == null ? 0 : HoldRenderer.estimateMillis(preface));
            // Spoken slower, the words before and between the holds last longer; the holds themselves do not, nor the
            // lead, which is never slowed, nor a sentence naming the local number (no step has one today).
            double pace = person.preferences().slow() ? 1 / Preferences.SLOW_RATE : 1;
            long leadMillis = lead == null ? 0 : HoldRenderer.estimateMillis(lead.speech());
            return Optional.of(screens.routineStep(catalog, new RoutineStep(shown.routineId(), shown.routineTitle(),
                    shown.index(), shown.count(), shown.stepName(), shown.holdSeconds(), shown.holds(),
                    Math.round(before * pace) + leadMillis, Math.round(shown.millisBetweenHolds() * pace))));
        }
        if (said instanceof Said.Answer answer && Key.byId(answer.key()).filter(Key::relief).isPresent()) {
            return Optional.of(screens.relief(answer.key(), reply.cardTitle(), led(reply.cardText())));
        }
        return Optional.empty();
    }

    /**
     * The response to {@code answer}, given a turn that began at {@code before}: how the conversation moves on is
     * the answer's kind (a new answer replaces the pending question; a routine's place stays until an answer moves
     * it).
     */
    Optional<Response> respond(Answer answer, Conversation before) {
        return respond(answer, before, before.withQuestion(Optional.empty()));
    }

    private Optional<Response> respond(Answer answer, Conversation before, Conversation after) {
        if (answer instanceof Answer.LeavingRoutine leaving) {
            // Also for the answers that keep the state as it was (meanwhile, repeat, unchanged): it was left.
            return respond(leaving.answer(), before.withPlace(Optional.empty()), after.withPlace(Optional.empty()));
        }
        if (answer instanceof Answer.SafetyFirst first) {
            Lead number = new Lead(catalog.phrase(Phrase.SAFETY_FIRST, Map.of()),
                    catalog.phraseText(Phrase.SAFETY_FIRST, Map.of()));
            return new Responder(input, catalog, screens, person, number).respond(first.answer(), before, after);
        }
        if (answer instanceof Answer.Say say) {
            Said said = new Said.Answer(say.key(), say.values());
            return respond(said, after.withLast(Optional.of(said))
                    .withQuestion(question(say.key(), say.values(), say.subject())));
        }
        if (answer instanceof Answer.SayThen both) {
            Reply first = render(both.first().id(), both.values());
            Reply then = render(both.then().id(), both.thenValues());
            return respond(first.then(then), false, Optional.empty(), response -> { },
                    after.withQuestion(question(both.then().id(), both.thenValues(), new Subject.None())));
        }
        if (answer instanceof Answer.Meanwhile meanwhile) {
            return respond(render(meanwhile.key().id(), meanwhile.values()), false, Optional.empty(), response -> { },
                    before);
        }
        if (answer instanceof Answer.Step step) {
            Said said = new Said.Step(step.routine(), step.index(), step.preface());
            return respond(said, after.withLast(Optional.of(said)).withPlace(step.index() == step.routine().steps().size() - 1
                    ? Optional.empty() : Optional.of(new Place(step.routine(), step.index(), false, false))));
        }
        if (answer instanceof Answer.LastStepThenAsk last) {
            Said said = new Said.Step(last.routine(), last.routine().steps().size() - 1, last.preface());
            Reply step = render(said);
            return respond(step.then(render(last.question().id(), Map.of())), false, screen(said, step), response -> { },
                    after.withLast(Optional.of(said)).withPlace(Optional.empty())
                            .withQuestion(Optional.of(new Question(last.question().id(), Map.of(), last.subject()))));
        }
        if (answer instanceof Answer.Play play) {
            RoutineRenderer.Chunk chunk = RoutineRenderer.play(catalog, play.routine(), play.from(), person.preferences());
            return respond(chunk.reply(), false, Optional.empty(), response -> { },
                    after.withLast(Optional.of(new Said.Play(play.routine(), play.from()))).withPlace(chunk.next() < 0
                            ? Optional.empty() : Optional.of(new Place(play.routine(), chunk.next(), true, false))));
        }
        if (answer instanceof Answer.Repeat) {
            if (before.last().isEmpty()) {
                return respond(Answer.say(Key.FALLBACK), before, after);
            }
            Said last = before.last().get();
            // A routine's intro is said once: "repeat" on its first step is the step.
            if (last instanceof Said.Step step && step.preface() == Preface.INTRO) {
                last = new Said.Step(step.routine(), step.step(), Preface.NONE);
            }
            return respond(last, before);
        }
        if (answer instanceof Answer.Emergency) {
            return respond(catalog.reply(Key.EMERGENCY), true, Optional.empty(), response -> { }, after);
        }
        if (answer instanceof Answer.AskPermission ask) {
            Directive askFor = SendRequestDirective.builder()
                    .withName("AskFor")
                    .withPayload(Map.of("@type", "AskForPermissionsConsentRequest", "@version", "1",
                            "permissionScope", ask.scope()))
                    .withToken(ask.token())
                    .build();
            // Alexa's dialogue follows, and then the skill's answer to it: the session neither ends nor listens here.
            return sayWith(new Said.Answer(ask.key().id(), ask.values()),
                    response -> response.addDirective(askFor).withShouldEndSession(null), after);
        }
        if (answer instanceof Answer.ConsentCard card) {
            return sayWith(new Said.Answer(card.key().id(), card.values()),
                    response -> response.withAskForPermissionsConsentCard(List.of(card.scope())), after);
        }
        if (answer instanceof Answer.Unchanged) {
            Session.carry(input, Optional.of(before));
            return input.getResponseBuilder().build();
        }
        throw new IllegalStateException("no response for " + answer);
    }

    /** Says {@code said} (remembered for "repeat"), with what {@code extra} adds to the response instead of a screen. */
    private Optional<Response> sayWith(Said said, Consumer<ResponseBuilder> extra, Conversation after) {
        return respond(render(said), false, Optional.empty(), extra, after.withLast(Optional.of(said)));
    }

    /** The question {@code key} leaves pending, about {@code subject}, if its answer asks one (content says). */
    private Optional<Question> question(String key, Map<String, String> values, Subject subject) {
        return catalog.prompt(key).asksQuestion() ? Optional.of(new Question(key, values, subject)) : Optional.empty();
    }

    /** Says {@code said}, and shows it on a screen if the device has one and it is a routine step or relief. */
    private Optional<Response> respond(Said said, Conversation next) {
        Reply reply = render(said);
        return respond(reply, false, screen(said, reply), response -> { }, next);
    }

    /** A card's or screen's text, after the {@link #lead}'s, if any. */
    private String led(String text) {
        return lead == null ? text : lead.text() + "\n" + text;
    }

    /**
     * The response: {@code answer} spoken in the person's settings (an emergency's never slowed or quietened, and it
     * ends the session; in any answer, a sentence naming the local number stays in the usual voice) after the
     * {@link #lead}, if any, its card, {@code screen} or else the card on a screen, whatever {@code extra} adds, and
     * {@code next} with what the request learned about the person as the session's state.
     */
    private Optional<Response> respond(Reply answer, boolean emergency, Optional<Directive> screen,
            Consumer<ResponseBuilder> extra, Conversation next) {
        Preferences preferences = emergency ? Preferences.DEFAULT : person.preferences();
        // The lead names the local number: like the emergency answer, it is never slowed or quietened. The emergency
        // answer names the number first already, so it has no lead.
        boolean led = lead != null && !emergency;
        Reply reply = new Reply((led ? lead.speech() + " " : "") + preferences.apply(answer.speech(), catalog.urgent()),
                answer.reprompt(), answer.cardTitle(), led ? led(answer.cardText()) : answer.cardText());
        ResponseBuilder response = input.getResponseBuilder()
                .withSpeech(reply.speech())
                .withSimpleCard(reply.cardTitle(), reply.cardText());
        // On a screen, every answer replaces what was shown (a countdown still running, say): a step or relief has
        // its own screen, anything else shows its card.
        screen.or(() -> Screens.supported(input.getRequestEnvelope())
                ? Optional.of(screens.relief("", reply.cardTitle(), reply.cardText())) : Optional.empty())
                .ifPresent(response::addDirective);
        if (reply.keepsSessionOpen() && !emergency) {
            response.withReprompt(preferences.apply(reply.reprompt(), catalog.urgent())).withShouldEndSession(false);
        } else {
            response.withShouldEndSession(true);
        }
        extra.accept(response);
        Session.carry(input, Optional.of(person.carriedIn(next)));
        return response.build();
    }
}
