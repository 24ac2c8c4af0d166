// The generated client against a running gateway on its embedded defaults (the demo store, account `demo`).
// Needs OMNICART_GATEWAY_URL (e.g. http://127.0.0.1:8080) and OMNICART_TOKEN (the OMNICART_DEV_TOKEN the gateway
// logs at start-up); .ci/check-client-and-docs starts a gateway and sets both.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { createGatewayClient, GatewayError, pages, paginate, streamEvents, unwrap } from "../../dist/index.js";

const baseUrl = process.env.OMNICART_GATEWAY_URL;
const token = process.env.OMNICART_TOKEN;
let client;

before(() => {
  assert.ok(baseUrl && token,
    "set OMNICART_GATEWAY_URL and OMNICART_TOKEN to a gateway started on the demo store and its dev token");
  client = createGatewayClient({ baseUrl, token });
});

const listOrders = (limit) => (cursor) =>
  client.GET("/v1/accounts/{accountId}/orders", { params: { path: { accountId: "demo" }, query: { limit, cursor } } });

test("paging walks the demo store's 130 orders to the end, newest first, each once", async () => {
  const seenPages = [];
  for await (const page of pages(listOrders(40))) seenPages.push(page);
  assert.deepEqual(seenPages.map((p) => p.data.length), [40, 40, 40, 10]);
  assert.deepEqual(seenPages.map((p) => p.page.limit), [40, 40, 40, 40]);
  assert.equal(seenPages[0].page.total, 130);
  assert.equal(seenPages.at(-1).page.nextCursor, null);

  const ids = [];
  let previous;
  for await (const order of paginate(listOrders(100))) {
    ids.push(order.id);
    if (previous) assert.ok(order.createdAt <= previous, `${order.createdAt} after ${previous}`);
    previous = order.createdAt;
  }
  assert.equal(ids.length, 130);
  assert.equal(new Set(ids).size, 130);
  assert.deepEqual(ids, seenPages.flatMap((p) => p.data.map((o) => o.id)));
});

test("paging with filters keeps them across pages", async () => {
  const statuses = new Set();
  let count = 0;
  for await (const order of paginate((cursor) => client.GET("/v1/accounts/{accountId}/orders", {
    params: { path: { accountId: "demo" }, query: { status: ["cancelled"], limit: 5, cursor } },
  }))) {
    statuses.add(order.status);
    count++;
  }
  assert.ok(count > 5, `more than one page of cancelled orders (${count})`);
  assert.deepEqual([...statuses], ["cancelled"]);
});

test("an unknown order is a typed 404 problem", async () => {
  const { data, error, response } = await client.GET("/v1/accounts/{accountId}/orders/{orderId}", {
    params: { path: { accountId: "demo", orderId: "no-such-order" } },
  });
  assert.equal(data, undefined);
  assert.equal(response.status, 404);
  assert.match(response.headers.get("content-type"), /^application\/problem\+json/);
  assert.equal(error.code, "not_found");
  assert.equal(error.status, 404);
  assert.equal(error.type, "urn:omnicart:problem:not_found");
  assert.equal(error.requestId, response.headers.get("x-request-id"));

  await assert.rejects(
    unwrap(client.GET("/v1/accounts/{accountId}", { params: { path: { accountId: "no-such-account" } } })),
    (e) => e instanceof GatewayError && e.is("account_not_found") && e.status === 404,
  );
});

test("a write on the demo store is 403 demo_read_only", async () => {
  const [first] = (await unwrap(listOrders(1)(undefined))).data;
  try {
    await unwrap(client.POST("/v1/accounts/{accountId}/orders/{orderId}/cancel", {
      params: { path: { accountId: "demo", orderId: first.id } },
      body: { reason: "client test" },
    }));
    assert.fail("the cancel was accepted");
  } catch (e) {
    assert.ok(e instanceof GatewayError, String(e));
    assert.equal(e.status, 403);
    assert.equal(e.code, "demo_read_only");
    assert.ok(e.is("demo_read_only"));
  }
  const order = await unwrap(client.GET("/v1/accounts/{accountId}/orders/{orderId}", {
    params: { path: { accountId: "demo", orderId: first.id } },
  }));
  assert.equal(order.status, first.status, "the order is unchanged");
});

test("a call without a token is 401 unauthenticated", async () => {
  const anonymous = createGatewayClient({ baseUrl });
  const { error, response } = await anonymous.GET("/v1/accounts");
  assert.equal(response.status, 401);
  assert.equal(error.code, "unauthenticated");

  const badToken = createGatewayClient({ baseUrl, token: "not-a-jwt" });
  await assert.rejects(unwrap(badToken.GET("/v1/accounts")), (e) => e instanceof GatewayError && e.code === "unauthenticated");
});

test("one order read in full is typed like the list says", async () => {
  const { data: list } = await client.GET("/v1/accounts/{accountId}/orders", {
    params: { path: { accountId: "demo" }, query: { limit: 1 } },
  });
  const order = await unwrap(client.GET("/v1/accounts/{accountId}/orders/{orderId}", {
    params: { path: { accountId: "demo", orderId: list.data[0].id } },
  }));
  assert.equal(order.id, list.data[0].id);
  assert.ok(order.lineItems.length > 0);
  assert.deepEqual(order.totals.total, list.data[0].totals.total);
  assert.equal(order.number, list.data[0].number);
});

test("the change feed opens on the gateway, and a bad type or Last-Event-ID is a typed problem", async () => {
  const controller = new AbortController();
  let opened;
  const stream = streamEvents({
    baseUrl, token, accountId: "demo", query: { types: "order.created,order.updated" }, reconnect: false,
    signal: controller.signal,
    onOpen: (response) => { opened = response; controller.abort(); },
  });
  for await (const event of stream) assert.fail(`no event expected from the demo store, got ${event.type}`);
  assert.equal(opened.status, 200);
  assert.match(opened.headers.get("content-type"), /^text\/event-stream/);

  const refused = async (options, status, code) => {
    await assert.rejects(async () => {
      for await (const event of streamEvents({ baseUrl, token, reconnect: false, ...options })) assert.fail(event.type);
    }, (error) => error instanceof GatewayError && error.status === status && error.is(code));
  };
  await refused({ lastEventId: "evt_" + "0".repeat(26) }, 410, "events_expired");
  await refused({ lastEventId: "not-an-event-id" }, 400, "invalid_cursor");
  await refused({ query: { types: "order.exploded" } }, 400, "validation_failed");
  await refused({ accountId: "acc_nope" }, 404, "account_not_found");
});
