package com.crampcoach.alexa;

import com.amazon.ask.model.PermissionStatus;
import com.amazon.ask.model.Permissions;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Scope;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.amazon.ask.model.services.ApiClient;
import com.amazon.ask.model.services.ServiceException;
import com.amazon.ask.model.services.reminderManagement.AlertInfo;
import com.amazon.ask.model.services.reminderManagement.GetReminderResponse;
import com.amazon.ask.model.services.reminderManagement.PushNotification;
import com.amazon.ask.model.services.reminderManagement.PushNotificationStatus;
import com.amazon.ask.model.services.reminderManagement.Recurrence;
import com.amazon.ask.model.services.reminderManagement.Reminder;
import com.amazon.ask.model.services.reminderManagement.ReminderManagementServiceClient;
import com.amazon.ask.model.services.reminderManagement.ReminderRequest;
import com.amazon.ask.model.services.reminderManagement.SpokenInfo;
import com.amazon.ask.model.services.reminderManagement.SpokenText;
import com.amazon.ask.model.services.reminderManagement.Status;
import com.amazon.ask.model.services.reminderManagement.Trigger;
import com.amazon.ask.model.services.reminderManagement.TriggerType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Alexa Reminders API, for one daily reminder a person asks for: create, change, read back, list and delete,
 * at the {@code apiEndpoint} the request names with its {@code apiAccessToken}. Every call ends within its
 * deadline, and says how it ended: done, not found, refused (no permission), failed, or unknown (no answer came,
 * so it may have been done).
 */
public final class ReminderApi {

    /** The permission a skill needs to keep reminders for a person. */
    public static final String SCOPE = "alexa::alerts:reminders:skill:readwrite";
    /**
     * How long one call waits. A "set" makes at most three (list, create, and a read back after no answer) beside
     * a DynamoDB read and write of {@code Memory.DEADLINE} each and the time zone's {@code TimeZones.DEADLINE}:
     * 3 x 0.6 + 2 x 2 + 0.5 = 6.3 s, inside Lambda's 7 seconds.
     */
    public static final Duration DEADLINE = Duration.ofMillis(600);

    private static final Logger LOG = LoggerFactory.getLogger(ReminderApi.class);
    private static final java.util.regex.Pattern RULE_TIME =
            java.util.regex.Pattern.compile("BYHOUR=(\\d{1,2});BYMINUTE=(\\d{1,2})");

    private final ApiClient client;

    public ReminderApi(ApiClient client) {
        this.client = client;
    }

    /** The skill's: the JDK's HTTP client within {@link #DEADLINE}. */
    public static ReminderApi standard() {
        return new ReminderApi(new JdkApiClient(DEADLINE));
    }

    /** How a call ended. */
    public sealed interface Result<T> {
        /** Done, with what the API answered. */
        record Done<T>(T value) implements Result<T> {
        }

        /** The reminder named is not there (deleted in the Alexa app, say). */
        record NotFound<T>() implements Result<T> {
        }

        /** 401 or 403: the person has not given, or has taken back, the permission. */
        record Refused<T>(int status) implements Result<T> {
        }

        /** The API said no for another reason (429, 5xx): certainly not done. */
        record Failed<T>(int status) implements Result<T> {
        }

        /** No answer in time, or no way to ask: it may or may not have been done. */
        record Unknown<T>() implements Result<T> {
        }
    }

    /** One of this skill's reminders as the API keeps it: its ID and, if the API says, the time of day it rings. */
    public record Kept(String id, Optional<LocalTime> at) {
    }

    /** Whether the request says the person has granted the reminders permission. */
    public static boolean granted(RequestEnvelope envelope) {
        SystemState system = ApiAccess.system(envelope);
        Permissions permissions = system == null || system.getUser() == null ? null : system.getUser().getPermissions();
        Scope scope = permissions == null || permissions.getScopes() == null ? null : permissions.getScopes().get(SCOPE);
        return scope != null && scope.getStatus() == PermissionStatus.GRANTED;
    }

    /**
     * A reminder every day at {@code at}, from the next time it comes round, in {@code zone} (without one, Alexa
     * uses the device's own), saying {@code words} in {@code locale}.
     */
    public static ReminderRequest daily(LocalTime at, Optional<ZoneId> zone, Instant now, String locale, String words) {
        LocalDateTime here = LocalDateTime.ofInstant(now, zone.orElse(ZoneOffset.UTC));
        LocalDateTime first = here.toLocalDate().atTime(at);
        if (!first.isAfter(here)) {
            first = first.plusDays(1);
        }
        String rule = "FREQ=DAILY;BYHOUR=" + at.getHour() + ";BYMINUTE=" + at.getMinute() + ";BYSECOND=0;INTERVAL=1";
        Trigger.Builder trigger = Trigger.builder().withType(TriggerType.SCHEDULED_ABSOLUTE)
                .withRecurrence(Recurrence.builder().withStartDateTime(first).withRecurrenceRules(List.of(rule)).build());
        zone.ifPresent(id -> trigger.withTimeZoneId(id.getId()));
        return ReminderRequest.builder()
                .withRequestTime(OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .withTrigger(trigger.build())
                .withAlertInfo(AlertInfo.builder().withSpokenInfo(SpokenInfo.builder()
                        .withContent(List.of(SpokenText.builder().withLocale(locale).withText(words).build())).build()).build())
                .withPushNotification(PushNotification.builder().withStatus(PushNotificationStatus.ENABLED).build())
                .build();
    }

    /** Creates a reminder; done with its ID. */
    public Result<String> create(RequestEnvelope envelope, ReminderRequest reminder) {
        Result<String> made = call(envelope, "create", api -> api.createReminder(reminder).getAlertToken());
        if (made instanceof Result.Done<String> done && (done.value() == null || done.value().isBlank())) {
            // Made, by the status, but with no ID to keep: reading back finds it.
            return new Result.Unknown<>();
        }
        return made;
    }

    /** Changes the reminder {@code id}; done with its ID. */
    public Result<String> update(RequestEnvelope envelope, String id, ReminderRequest reminder) {
        return call(envelope, "update", api -> {
            api.updateReminder(id, reminder);
            return id;
        });
    }

    /** Reads the reminder {@code id} back; one that will not ring again is not found. */
    @SuppressWarnings("unchecked")
    public Result<Kept> get(RequestEnvelope envelope, String id) {
        Result<GetReminderResponse> got = call(envelope, "get", api -> api.getReminder(id));
        if (got instanceof Result.Done<GetReminderResponse> done && done.value() == null) {
            return new Result.Unknown<>();
        }
        if (got instanceof Result.Done<GetReminderResponse> done) {
            // A reminder that will never ring again is as good as gone.
            return done.value().getStatus() == Status.COMPLETED ? new Result.NotFound<>()
                    : new Result.Done<>(new Kept(id, time(done.value().getTrigger())));
        }
        return (Result<Kept>) (Result<?>) got;
    }

    /** This skill's reminders for the person that will still ring (the API lists no other skill's). */
    public Result<List<Kept>> list(RequestEnvelope envelope) {
        return call(envelope, "list", api -> {
            var answer = api.getReminders();
            List<Reminder> alerts = answer == null ? null : answer.getAlerts();
            return alerts == null ? List.<Kept>of() : alerts.stream()
                    .filter(alert -> alert != null && alert.getAlertToken() != null && !alert.getAlertToken().isBlank()
                            && alert.getStatus() != Status.COMPLETED)
                    .map(alert -> new Kept(alert.getAlertToken(), time(alert.getTrigger()))).toList();
        });
    }

    /** Deletes the reminder {@code id}. */
    public Result<String> delete(RequestEnvelope envelope, String id) {
        return call(envelope, "delete", api -> {
            api.deleteReminder(id);
            return id;
        });
    }

    /** The time of day a daily reminder rings, from its rule (or its first time, for one made otherwise). */
    private static Optional<LocalTime> time(Trigger trigger) {
        if (trigger == null) {
            return Optional.empty();
        }
        Recurrence recurrence = trigger.getRecurrence();
        if (recurrence != null && recurrence.getRecurrenceRules() != null) {
            for (String rule : recurrence.getRecurrenceRules()) {
                java.util.regex.Matcher said = RULE_TIME.matcher(rule);
                if (said.find() && Integer.parseInt(said.group(1)) < 24 && Integer.parseInt(said.group(2)) < 60) {
                    return Optional.of(LocalTime.of(Integer.parseInt(said.group(1)), Integer.parseInt(said.group(2))));
                }
            }
        }
        if (recurrence != null && recurrence.getStartDateTime() != null) {
            return Optional.of(recurrence.getStartDateTime().toLocalTime());
        }
        return Optional.ofNullable(trigger.getScheduledTime()).map(LocalDateTime::toLocalTime);
    }

    private <T> Result<T> call(RequestEnvelope envelope, String what, Function<ReminderManagementServiceClient, T> call) {
        Optional<ApiAccess> access = ApiAccess.of(envelope);
        if (access.isEmpty()) {
            // A request that carries no access to Alexa's API (a local run): nothing can be asked.
            return new Result.Refused<>(0);
        }
        // The status of the API's answer, as it came: the SDK reads an error's body, and one it cannot read (empty,
        // or a gateway's HTML) would otherwise hide the status behind its own exception.
        int[] status = {0};
        ApiClient recording = request -> {
            com.amazon.ask.model.services.ApiClientResponse answer = client.invoke(request);
            status[0] = answer.getStatusCode();
            return answer;
        };
        ReminderManagementServiceClient api = new ReminderManagementServiceClient(access.get().configuration(recording));
        try {
            return new Result.Done<>(call.apply(api));
        } catch (RuntimeException e) {
            // ServiceException (an error status), or the SDK's own failure reading an answer; a timeout or a broken
            // connection leaves no status: no answer came, and the API may have acted on it.
            if (status[0] >= 200 && status[0] < 300 || status[0] == 0) {
                LOG.warn("reminder {}: no answer ({})", what, e.getClass().getSimpleName());
                return new Result.Unknown<>();
            }
            return byStatus(what, status[0]);
        }
    }

    private static <T> Result<T> byStatus(String what, int status) {
        LOG.warn("reminder {}: status={}", what, status);
        return switch (status) {
            case 404 -> new Result.NotFound<>();
            case 401, 403 -> new Result.Refused<>(status);
            // A gateway that gave up waiting: the API behind it may have acted.
            case 504 -> new Result.Unknown<>();
            default -> new Result.Failed<>(status);
        };
    }
}
