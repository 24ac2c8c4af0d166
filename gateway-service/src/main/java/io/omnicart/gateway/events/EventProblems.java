package io.omnicart.gateway.events;

import io.omnicart.gateway.api.problem.ApiProblem;
import io.omnicart.gateway.api.problem.ApiProblemException;
import org.springframework.http.HttpStatus;

/** The change feed's own refusals. */
final class EventProblems {

    private EventProblems() {}

    static ApiProblemException expired(String lastEventId) {
        return new ApiProblemException(ApiProblem.of(
                        HttpStatus.GONE,
                        "events_expired",
                        "Events expired",
                        "Event " + lastEventId + " is older than the retention period or unknown; read the current"
                                + " state again and subscribe without Last-Event-ID")
                .with("lastEventId", lastEventId));
    }
}
