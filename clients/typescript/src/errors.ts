import type { components } from "./generated/schema.js";
import { PROBLEM_CODES, type KnownProblemCode } from "./generated/problem-codes.js";

export { PROBLEM_CODES, type KnownProblemCode };

/**
 * A problem's `code`: one the API document lists, or a newer one this client does not know yet (so a gateway
 * upgrade never breaks a `switch` that has a `default`).
 */
export type ProblemCode = KnownProblemCode | (string & {});

/** The RFC 9457 `application/problem+json` body of every gateway error, with its stable `code`. */
export type Problem = Omit<components["schemas"]["Problem"], "code"> & { code: ProblemCode };

/** Thrown by {@link unwrap}, the paging helpers and the event stream when the gateway answers with a problem. */
export class GatewayError extends Error {
  readonly status: number;
  readonly code: ProblemCode;
  readonly problem: Problem;
  /** `Retry-After` in seconds, when the gateway sent one (429, 503). */
  readonly retryAfterSeconds: number | undefined;

  constructor(problem: Problem, status: number = problem.status) {
    super(`${status} ${problem.code}: ${problem.detail ?? problem.title}`);
    this.name = "GatewayError";
    this.status = status;
    this.code = problem.code;
    this.problem = problem;
    this.retryAfterSeconds = problem.retryAfterSeconds;
  }

  /** Narrows to a known code: `if (error.is("demo_read_only")) ...`. */
  is<C extends KnownProblemCode>(code: C): this is GatewayError & { code: C } {
    return this.code === code;
  }
}

export function isProblem(value: unknown): value is Problem {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { code?: unknown }).code === "string" &&
    typeof (value as { status?: unknown }).status === "number"
  );
}

/** The error of a failed call as a {@link GatewayError}; a body that is not a problem gets code `unexpected_response`. */
export function toGatewayError(error: unknown, response: Response): GatewayError {
  if (isProblem(error)) return new GatewayError(error, response.status);
  return new GatewayError(
    {
      type: "about:blank",
      title: response.statusText || "Unexpected response",
      status: response.status,
      detail: `HTTP ${response.status} without a problem body`,
      instance: new URL(response.url || "http://invalid/").pathname,
      code: "unexpected_response",
      requestId: response.headers.get("x-request-id") ?? "",
    },
    response.status,
  );
}

/** The result shape of every openapi-fetch call. */
export type FetchResult<D, E> =
  | { data: D; error?: never; response: Response }
  | { data?: never; error: E; response: Response };

/** The data of a successful call, or a thrown {@link GatewayError} carrying the typed problem. */
export async function unwrap<R extends { data?: unknown; error?: unknown; response: Response }>(
  call: Promise<R> | R,
): Promise<Exclude<R["data"], undefined>> {
  const result = await call;
  if (result.error !== undefined || !result.response.ok) throw toGatewayError(result.error, result.response);
  return result.data as Exclude<R["data"], undefined>;
}
