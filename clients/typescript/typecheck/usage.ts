// Compile-time tests (tsc -p tsconfig.typecheck.json, part of `npm run build`): the generated types reach callers.
// Every `@ts-expect-error` must be an error, or the build fails; nothing here runs.
import {
  createGatewayClient,
  GatewayError,
  paginate,
  pages,
  streamEvents,
  unwrap,
  type ChangeEvent,
  type Problem,
  type Schema,
} from "../src/index.js";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): void {}

export async function typed(): Promise<void> {
  const client = createGatewayClient({ baseUrl: "http://localhost:8080", token: () => "t" });

  const { data, error } = await client.GET("/v1/accounts/{accountId}/orders", {
    params: { path: { accountId: "demo" }, query: { limit: 10, status: ["completed", "cancelled"], sort: "-total" } },
  });
  if (data) {
    assertType<Equal<typeof data, Schema<"OrderSummaryPage">>>();
    const next: string | null = data.page.nextCursor;
    const status: "pending" | "completed" | "cancelled" | "archived" | "draft" | "requires_action" =
      data.data[0]!.status;
    void next, status;
  }
  if (error) {
    const code: string = error.code;
    void code;
  }

  // @ts-expect-error an unknown path
  await client.GET("/v1/no-such-path");
  // @ts-expect-error the account id is required
  await client.GET("/v1/accounts/{accountId}/orders", { params: { path: {} } });
  // @ts-expect-error not a status
  await client.GET("/v1/accounts/{accountId}/orders", { params: { path: { accountId: "demo" }, query: { status: ["lost"] } } });
  // @ts-expect-error the cancel reason is a string
  await client.POST("/v1/accounts/{accountId}/orders/{orderId}/cancel", { params: { path: { accountId: "demo", orderId: "o" } }, body: { reason: 42 } });

  const order = await unwrap(
    client.GET("/v1/accounts/{accountId}/orders/{orderId}", { params: { path: { accountId: "demo", orderId: "o" } } }),
  );
  assertType<Equal<typeof order, Schema<"Order">>>();

  for await (const summary of paginate((cursor) =>
    client.GET("/v1/accounts/{accountId}/orders", { params: { path: { accountId: "demo" }, query: { cursor } } }),
  )) {
    assertType<Equal<typeof summary, Schema<"OrderSummary">>>();
  }
  for await (const page of pages((cursor) =>
    client.GET("/v1/accounts/{accountId}/products", { params: { path: { accountId: "demo" }, query: { cursor } } }),
  )) {
    assertType<Equal<(typeof page.data)[number], Schema<"Product">>>();
  }

  try {
    await unwrap(client.POST("/v1/accounts/{accountId}/orders/{orderId}/cancel", {
      params: { path: { accountId: "demo", orderId: "o" } },
      body: { reason: "customer asked" },
    }));
  } catch (e) {
    if (e instanceof GatewayError && e.is("demo_read_only")) {
      assertType<Equal<typeof e.code, "demo_read_only">>();
      const problem: Problem = e.problem;
      void problem;
    }
    // @ts-expect-error not a code the API lists
    if (e instanceof GatewayError && e.is("no_such_code")) void e;
  }

  for await (const event of streamEvents<{ status: string }>({ baseUrl: "http://localhost:8080", accountId: "demo" })) {
    assertType<Equal<typeof event, ChangeEvent<{ status: string }>>>();
    const platform: "medusa" | "omnium" | "opencart" | "demo" = event.platform;
    const resource: { type: string; id: string } = event.resource;
    void platform, resource;
  }
}
