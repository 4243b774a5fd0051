package com.crampcoach;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;
import com.amazon.ask.response.ResponseBuilder;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * How the packages stand: a request flows down from the handler, through the features, to the dialogue core and
 * the storage below it, and nothing climbs back. Checked on the compiled classes, so a fully qualified name in the
 * middle of a method counts as much as an import.
 */
class PackagesTest {

    private static final JavaClasses SKILL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.crampcoach");

    @Test
    void no_two_packages_depend_on_each_other_even_through_others() {
        slices().matching("com.crampcoach.(*)..").should().beFreeOfCycles().check(SKILL);
    }

    @Test
    void only_the_command_line_uses_the_entry_point_and_its_wiring() {
        // The root package holds the Lambda handler, the skill's wiring, the gate and priming: it uses everything.
        noClasses().that().resideOutsideOfPackages("com.crampcoach", "com.crampcoach.local..")
                .should().dependOnClassesThat().resideInAPackage("com.crampcoach").check(SKILL);
    }

    @Test
    void storage_knows_nothing_of_the_conversation_or_the_features() {
        noClasses().that().resideInAPackage("com.crampcoach.memory..")
                .should().dependOnClassesThat().resideInAnyPackage("com.crampcoach.conversation..",
                        "com.crampcoach.intents..", "com.crampcoach.personal..", "com.crampcoach.routine..",
                        "com.crampcoach.reminder..", "com.crampcoach.relief..", "com.crampcoach.screen..",
                        "com.crampcoach.alexa..")
                .check(SKILL);
    }

    @Test
    void the_dialogue_core_knows_no_feature() {
        noClasses().that().resideInAPackage("com.crampcoach.conversation..")
                .should().dependOnClassesThat().resideInAnyPackage("com.crampcoach.intents..",
                        "com.crampcoach.personal..", "com.crampcoach.routine..", "com.crampcoach.reminder..",
                        "com.crampcoach.relief..")
                .check(SKILL);
    }

    @Test
    void features_return_answers_as_values_and_only_request_handlers_build_a_response() {
        // An action decides an Answer; the dialogue core's Responder alone makes Alexa's response from it.
        noClasses().that().resideInAnyPackage("com.crampcoach.intents..", "com.crampcoach.personal..",
                        "com.crampcoach.routine..", "com.crampcoach.reminder..", "com.crampcoach.relief..")
                .and().doNotImplement(RequestHandler.class)
                .should().dependOnClassesThat().belongToAnyOf(Response.class, ResponseBuilder.class)
                .check(SKILL);
    }
}
