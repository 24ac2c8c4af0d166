import type { components } from "./generated/schema.js";
import { GatewayError, toGatewayError } from "./errors.js";
import { SseParser, type SseMessage } from "./sse.js";
import { resolveToken, type TokenSource } from "./token.js";

export type Platform = components["schemas"]["Platform"];

/**
 * One change of a store resource, as the change feed (`GET /v1/events`, `GET /v1/accounts/{accountId}/events`)
 * sends it: the SSE `id:` is the event's `id`, and the SSE `data:` is this envelope as JSON.
 */
export interface ChangeEvent<TData = Record<string, unknown>> {
  /** Event id; send it back as `Last-Event-ID` to resume after this event. */
  id: string;
  /** What happened, e.g. `order.updated`. */
  type: string;
  accountId: string;
  platform: Platform;
  /** The resource that changed. */
  resource: { type: string; id: string };
  /** When the change happened in the store (ISO-8601). */
  occurredAt: string;
  /** When the gateway saw it (ISO-8601). */
  detectedAt: string;
  data: TData;
}

export interface EventStreamOptions {
  /** The gateway's base URL, e.g. `https://gateway.example.com`. */
  baseUrl: string;
  /** Caller token (or a function giving a fresh one for every connection). */
  token?: TokenSource;
  /** Only this store account's events (`/v1/accounts/{accountId}/events`); all the workspace's when absent. */
  accountId?: string;
  /** Resume after this event id (sent as `Last-Event-ID`). */
  lastEventId?: string;
  /** Extra query parameters for the feed. */
  query?: Record<string, string>;
  /** Stops the stream (the iterator then ends). */
  signal?: AbortSignal;
  /** Reconnect when the connection ends or fails (default `true`), resuming after the last event received. */
  reconnect?: boolean;
  /** Delay before reconnecting, until the server sets one with `retry:` (default 3000 ms). */
  retryMs?: number;
  /** Give up after this many failed connection attempts in a row (default: never). */
  maxRetries?: number;
  /** Called with each message that is not a change event envelope (it is skipped). */
  onInvalid?: (message: SseMessage) => void;
  /** Called on every (re)connection that the gateway accepted. */
  onOpen?: (response: Response) => void;
  fetch?: typeof fetch;
}

/** Statuses worth reconnecting after: the gateway or the store is busy or down for a while. */
const TRANSIENT = new Set([429, 502, 503, 504]);

/**
 * The change feed as an async iterator of typed events. It reads the `text/event-stream` with `fetch` (so it can
 * send the `Authorization` header, which `EventSource` cannot), reconnects when the connection drops and resumes with
 * `Last-Event-ID` = the id of the last event received, waits the server's `retry:` (or `Retry-After` on a 429/503)
 * between attempts, and throws a {@link GatewayError} for a problem answer that retrying cannot fix (401, 403, 404).
 */
export class EventStream<TData = Record<string, unknown>> implements AsyncIterable<ChangeEvent<TData>> {
  /** The id of the last event received: where a reconnection (or a later stream) resumes. */
  lastEventId: string | undefined;
  private readonly options: EventStreamOptions;
  private readonly controller = new AbortController();

  constructor(options: EventStreamOptions) {
    this.options = options;
    this.lastEventId = options.lastEventId;
    if (options.signal) {
      if (options.signal.aborted) this.controller.abort();
      else options.signal.addEventListener("abort", () => this.controller.abort(), { once: true });
    }
  }

  /** Ends the stream: the connection is closed and iteration finishes. */
  close(): void {
    this.controller.abort();
  }

  [Symbol.asyncIterator](): AsyncIterator<ChangeEvent<TData>> {
    return this.run();
  }

  private url(): string {
    const base = this.options.baseUrl.replace(/\/+$/, "");
    const path = this.options.accountId
      ? `/v1/accounts/${encodeURIComponent(this.options.accountId)}/events`
      : "/v1/events";
    const query = new URLSearchParams(this.options.query ?? {}).toString();
    return base + path + (query ? `?${query}` : "");
  }

  private async *run(): AsyncGenerator<ChangeEvent<TData>, void, undefined> {
    const doFetch = this.options.fetch ?? globalThis.fetch;
    const signal = this.controller.signal;
    let retryMs = this.options.retryMs ?? 3000;
    let failures = 0;
    try {
      while (!signal.aborted) {
        let wait = retryMs;
        try {
          const headers: Record<string, string> = { accept: "text/event-stream", "cache-control": "no-cache" };
          const token = await resolveToken(this.options.token);
          if (token) headers.authorization = `Bearer ${token}`;
          if (this.lastEventId !== undefined && this.lastEventId !== "") headers["last-event-id"] = this.lastEventId;
          const response = await doFetch(this.url(), { headers, signal });
          if (response.status === 204) return; // the server says: do not reconnect
          if (!response.ok) {
            const error = toGatewayError(await readJson(response), response);
            if (!TRANSIENT.has(response.status)) throw error;
            const retryAfter = Number(response.headers.get("retry-after"));
            if (Number.isFinite(retryAfter) && retryAfter > 0) wait = retryAfter * 1000;
            throw new Transient(error);
          }
          const type = response.headers.get("content-type") ?? "";
          if (!type.toLowerCase().startsWith("text/event-stream")) {
            await response.body?.cancel();
            throw new Error(`expected text/event-stream from ${this.url()}, got ${type || "no content type"}`);
          }
          this.options.onOpen?.(response);
          failures = 0;
          const parser = new SseParser();
          if (this.lastEventId !== undefined) parser.lastEventId = this.lastEventId;
          for await (const message of messages(response, parser)) {
            if (parser.retryMs !== undefined) retryMs = parser.retryMs;
            const event = asChangeEvent<TData>(message);
            if (!event) {
              if (message.lastEventId) this.lastEventId = message.lastEventId;
              this.options.onInvalid?.(message);
              continue;
            }
            this.lastEventId = message.lastEventId || event.id;
            yield event;
          }
          if (parser.retryMs !== undefined) retryMs = parser.retryMs;
          wait = retryMs;
        } catch (error) {
          if (signal.aborted) return;
          if (error instanceof GatewayError) throw error;
          if (!(this.options.reconnect ?? true)) throw error instanceof Transient ? error.error : error;
          failures++;
          if (failures > (this.options.maxRetries ?? Infinity)) throw error instanceof Transient ? error.error : error;
        }
        if (!(this.options.reconnect ?? true)) return;
        await sleep(wait, signal);
      }
    } finally {
      this.controller.abort();
    }
  }
}

/** Opens the change feed; iterate it with `for await`. See {@link EventStream}. */
export function streamEvents<TData = Record<string, unknown>>(options: EventStreamOptions): EventStream<TData> {
  return new EventStream<TData>(options);
}

class Transient extends Error {
  constructor(readonly error: GatewayError) {
    super(error.message);
  }
}

async function* messages(response: Response, parser: SseParser): AsyncGenerator<SseMessage> {
  if (!response.body) return;
  const reader = response.body.getReader();
  const decoder = new TextDecoder("utf-8");
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      yield* parser.feed(decoder.decode(value, { stream: true }));
    }
    yield* parser.feed(decoder.decode());
  } finally {
    reader.releaseLock();
    await response.body.cancel().catch(() => undefined);
  }
}

function asChangeEvent<TData>(message: SseMessage): ChangeEvent<TData> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(message.data);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const event = value as Partial<ChangeEvent<TData>>;
  if (typeof event.id !== "string" || typeof event.type !== "string" || typeof event.accountId !== "string") {
    return undefined;
  }
  if (typeof event.resource !== "object" || event.resource === null) return undefined;
  return event as ChangeEvent<TData>;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    }
  });
}
