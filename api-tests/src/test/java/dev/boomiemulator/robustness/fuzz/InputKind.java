package dev.boomiemulator.robustness.fuzz;

/** What a fuzz case breaks. Field kinds break one body field, query parameter or path parameter. */
public enum InputKind {
    VALID(false),
    WRONG_TYPE(true),
    NULL(true),
    EMPTY(true),
    HUGE_STRING(true),
    UNICODE(true),
    DEEP_NESTING(true),
    MALFORMED_JSON(false),
    BAD_CHARSET(false),
    WRONG_CONTENT_TYPE(false),
    JUNK_MULTIPART(false),
    ODD_PATH(false),
    LONG_URL(false),
    HUGE_HEADER(false),
    BAD_QUERY_PARAM(false),
    TAMPERED_QUERY_TOKEN(false),
    WRONG_METHOD(false),
    BAD_AUTH(false);

    private final boolean fieldLevel;

    InputKind(boolean fieldLevel) {
        this.fieldLevel = fieldLevel;
    }

    /** Whether the kind replaces one field's value (body, query or path) rather than the request's frame. */
    public boolean fieldLevel() {
        return fieldLevel;
    }
}
