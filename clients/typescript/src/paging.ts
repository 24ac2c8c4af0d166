import { toGatewayError, type FetchResult } from "./errors.js";

/** What every list endpoint answers: `{data: [...], page: {nextCursor, limit, total}}`. */
export interface Page<T> {
  data: T[];
  page: { nextCursor: string | null; limit: number; total?: number | null };
}

/** Reads one page: called with `undefined` for the first page, then with each `page.nextCursor`. */
export type PageFetcher<T> = (cursor: string | undefined) => Promise<FetchResult<Page<T>, unknown>>;

/**
 * Every page of a list, first to last, following `page.nextCursor` (sent back as `?cursor=` with the same filters).
 * A failed page throws a {@link GatewayError}.
 *
 * ```ts
 * for await (const page of pages((cursor) =>
 *   client.GET("/v1/accounts/{accountId}/orders", { params: { path: { accountId: "demo" }, query: { limit: 50, cursor } } }))) {
 *   console.log(page.page.total, page.data.length);
 * }
 * ```
 */
export async function* pages<T>(fetchPage: PageFetcher<T>): AsyncGenerator<Page<T>, void, undefined> {
  let cursor: string | undefined;
  const seen = new Set<string>();
  do {
    const result = await fetchPage(cursor);
    if (result.error !== undefined || !result.response.ok || result.data === undefined) {
      throw toGatewayError(result.error, result.response);
    }
    yield result.data;
    cursor = result.data.page.nextCursor ?? undefined;
    if (cursor !== undefined) {
      if (seen.has(cursor)) throw new Error(`the gateway returned the cursor ${cursor} twice; stopping`);
      seen.add(cursor);
    }
  } while (cursor !== undefined);
}

/** Every item of a list across all its pages, as an async iterator (see {@link pages}). */
export async function* paginate<T>(fetchPage: PageFetcher<T>): AsyncGenerator<T, void, undefined> {
  for await (const page of pages(fetchPage)) {
    yield* page.data;
  }
}
