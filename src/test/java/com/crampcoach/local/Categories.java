package com.crampcoach.local;

import java.util.LinkedHashMap;
import java.util.Map;

/** The evaluation categories answered by one intent of their own, shared by both evaluations. */
final class Categories {

    /** Category to the intent whose answer it is (CONTRACT-10), in the order the reports list them. */
    static final Map<String, String> ONE_INTENT = oneIntent();

    private Categories() {
    }

    private static Map<String, String> oneIntent() {
        Map<String, String> intents = new LinkedHashMap<>();
        intents.put("night-cramps", "NightCrampsIntent");
        intents.put("question.heat-or-ice", "HeatOrIceIntent");
        intents.put("question.causes", "CausesIntent");
        intents.put("question.prevention", "PreventionIntent");
        intents.put("question.hydration", "HydrationIntent");
        intents.put("question.pickle-juice", "PickleJuiceIntent");
        intents.put("question.stress", "StressIntent");
        intents.put("question.dangerous", "SpasmsDangerousIntent");
        intents.put("question.medicines", "MedicationIntent");
        intents.put("question.professional", "WhichProfessionalIntent");
        intents.put("question.see-doctor", "SeeDoctorIntent");
        intents.put("twitch.eyelid", "TwitchIntent");
        intents.put("twitch.face", "FaceSpasmIntent");
        intents.put("redflag.swollen", "RedFlagSwellingIntent");
        intents.put("redflag.numb", "RedFlagNumbnessIntent");
        intents.put("redflag.wont-stop", "RedFlagPersistentIntent");
        intents.put("redflag.frequent", "RedFlagFrequentIntent");
        intents.put("redflag.medication", "RedFlagMedicationIntent");
        intents.put("redflag.walking", "RedFlagWalkingIntent");
        return java.util.Collections.unmodifiableMap(intents);
    }
}
