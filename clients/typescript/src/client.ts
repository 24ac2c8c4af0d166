import createFetchClient, { type Client, type ClientOptions } from "openapi-fetch";
import type { paths } from "./generated/schema.js";
import { resolveToken, type TokenSource } from "./token.js";

export interface GatewayClientOptions {
  /** The gateway's base URL, e.g. `https://gateway.example.com` (no `/v1`). */
  baseUrl: string;
  /** Caller JWT, or a function returning the current one (called for every request). */
  token?: TokenSource;
  /** Extra headers for every request (e.g. a fixed `X-Request-Id` prefix is not needed: the gateway makes one). */
  headers?: Record<string, string>;
  fetch?: ClientOptions["fetch"];
}

/** A client whose every path, parameter, body, answer and error is typed from the gateway's OpenAPI document. */
export type GatewayClient = Client<paths, `${string}/${string}`>;

/**
 * Creates a typed client: `client.GET("/v1/accounts/{accountId}/orders", { params: { path: { accountId: "demo" } } })`
 * answers `{ data, error, response }` where `data` is the typed 200 body and `error` the typed problem.
 */
export function createGatewayClient(options: GatewayClientOptions): GatewayClient {
  const client = createFetchClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
    headers: options.headers,
    fetch: options.fetch,
  });
  if (options.token !== undefined) {
    const source = options.token;
    client.use({
      async onRequest({ request }) {
        const token = await resolveToken(source);
        if (token) request.headers.set("Authorization", `Bearer ${token}`);
        return request;
      },
    });
  }
  return client;
}
