package org.coprod.interview;

import org.coprod.core.model.Response;

/** What the person did at a question. */
public sealed interface Action {
    record Answered(Response response) implements Action {}

    /** Kept the answer already given (Enter on an answered question). */
    record Keep() implements Action {}

    record Skip() implements Action {}

    record Back() implements Action {}

    record Quit() implements Action {}

    record Noted(String note) implements Action {}

    /** The input ran out (a script or pipe ended). */
    record EndOfInput() implements Action {}
}
