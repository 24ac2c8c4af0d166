package io.omnicart.gateway.api.problem;

/** A gateway-level refusal that is not a store's: it leaves as exactly this problem. */
public final class ApiProblemException extends RuntimeException {

    private final transient ApiProblem problem;

    public ApiProblemException(ApiProblem problem) {
        super(problem.code() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
    }

    public ApiProblem problem() {
        return problem;
    }
}
