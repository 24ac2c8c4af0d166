export { createGatewayClient, type GatewayClient, type GatewayClientOptions } from "./client.js";
export {
  GatewayError,
  PROBLEM_CODES,
  isProblem,
  toGatewayError,
  unwrap,
  type FetchResult,
  type KnownProblemCode,
  type Problem,
  type ProblemCode,
} from "./errors.js";
export { pages, paginate, type Page, type PageFetcher } from "./paging.js";
export {
  EventStream,
  streamEvents,
  type ChangeEvent,
  type EventStreamOptions,
  type Platform,
} from "./events.js";
export { SseParser, type SseMessage } from "./sse.js";
export type { TokenSource } from "./token.js";
export type { components, operations, paths } from "./generated/schema.js";

import type { components } from "./generated/schema.js";
/** Shorthand for a schema of the API: `Schema<"Order">`. */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];
