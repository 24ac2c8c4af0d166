package io.omnicart.gateway.api.validation;

/** A request body with rules across its fields that annotations cannot express ("exactly one of …"). */
public interface CheckedBody {

    /** Records every broken cross-field rule; runs after the field constraints, on a body that may be invalid. */
    void checkRules(Checks checks);
}
