package com.mitpo.platform.refusal;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * Why a request was refused, the one shape every feature answers with: a stable code (for the
 * API's clients), the bundle key that words it with its parameters (in the reader's language),
 * and the field it concerns, if one. The field is the input's name as both doors know it: the
 * JSON property of an API request and the id of the input on its page; null for the request
 * as a whole. The API answers it as {@code {code, message, field}} with a 4xx status; a page
 * shows it on the field (see {@code platform/web/Feedback}).
 */
public record Refusal(String code, String messageKey, List<Object> params, String field) implements Serializable {

    public Refusal {
        params = List.copyOf(params);
    }

    /** A refusal of the whole request. */
    public static Refusal of(String code, String messageKey, Object... params) {
        return new Refusal(code, messageKey, Arrays.asList(params), null);
    }

    /** The same refusal, concerning {@code field}. */
    public Refusal on(String field) {
        return new Refusal(code, messageKey, params, field);
    }

    public Object[] arguments() {
        return params.toArray();
    }
}
