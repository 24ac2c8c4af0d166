// The change feed helper against a tiny SSE server on loopback that follows the feed's contract: GET /v1/events and
// GET /v1/accounts/{id}/events, text/event-stream, `id:` = the event id, resumable with Last-Event-ID.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { GatewayError, streamEvents } from "../../dist/index.js";

const TOKEN = "test-token";

function envelope(n, accountId = "demo") {
  return {
    id: `evt-${n}`,
    type: "order.updated",
    accountId,
    platform: "demo",
    resource: { type: "order", id: `order-${n}` },
    occurredAt: `2026-01-01T00:00:0${n % 10}Z`,
    detectedAt: `2026-01-01T00:00:1${n % 10}Z`,
    data: { status: n % 2 ? "completed" : "pending" },
  };
}

function frame(event) {
  // Split the JSON over two data lines to exercise joining; a comment as keep-alive before it.
  const json = JSON.stringify(event);
  const half = json.indexOf('"resource"');
  return `: keep-alive\r\nid: ${event.id}\r\nevent: ${event.type}\r\ndata: ${json.slice(0, half)}\r\ndata: ${json.slice(half)}\r\n\r\n`;
}

/** A feed server; `handler(request, response, attempt)` decides each connection. Records every request. */
async function feed(handler) {
  const requests = [];
  const server = createServer((request, response) => {
    requests.push({ url: request.url, headers: request.headers });
    if (request.headers.authorization !== `Bearer ${TOKEN}`) {
      response.writeHead(401, { "content-type": "application/problem+json" });
      response.end(JSON.stringify({ type: "urn:omnicart:problem:unauthenticated", title: "Unauthenticated",
        status: 401, detail: "a caller token is required", instance: request.url, code: "unauthenticated",
        requestId: "req-1" }));
      return;
    }
    handler(request, response, requests.length);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  after(() => { server.closeAllConnections(); server.close(); });
  return { baseUrl: `http://127.0.0.1:${server.address().port}`, requests };
}

function openStream(response, retryMs = 20) {
  response.writeHead(200, { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" });
  response.write(`retry: ${retryMs}\n\n`);
}

async function take(stream, n) {
  const out = [];
  for await (const event of stream) {
    out.push(event);
    if (out.length === n) break;
  }
  return out;
}

test("yields typed envelopes and resumes with Last-Event-ID after the connection drops", async () => {
  const all = [1, 2, 3, 4, 5].map((n) => envelope(n));
  const { baseUrl, requests } = await feed((request, response) => {
    const last = request.headers["last-event-id"];
    const from = last ? all.findIndex((e) => e.id === last) + 1 : 0;
    openStream(response);
    // Three events per connection, written in small pieces, then the server hangs up.
    const text = all.slice(from, from + 3).map(frame).join("");
    for (let i = 0; i < text.length; i += 7) response.write(text.slice(i, i + 7));
    response.end();
  });

  const stream = streamEvents({ baseUrl, token: TOKEN });
  const received = await take(stream, 5);

  assert.deepEqual(received, all);
  assert.equal(stream.lastEventId, "evt-5");
  assert.equal(requests.length, 2);
  assert.equal(requests[0].url, "/v1/events");
  assert.equal(requests[0].headers["last-event-id"], undefined);
  assert.equal(requests[0].headers.accept, "text/event-stream");
  assert.equal(requests[1].headers["last-event-id"], "evt-3");
});

test("an account's feed, resumed from a given id, with a fresh token per connection", async () => {
  const { baseUrl, requests } = await feed((request, response) => {
    openStream(response);
    response.write(frame(envelope(Number(request.headers["last-event-id"].slice(4)) + 1, "acc 1")));
  });
  let tokens = 0;
  const stream = streamEvents({
    baseUrl: baseUrl + "/",
    accountId: "acc 1",
    lastEventId: "evt-6",
    token: async () => { tokens++; return TOKEN; },
  });
  const [event] = await take(stream, 1);
  assert.equal(event.id, "evt-7");
  assert.equal(event.accountId, "acc 1");
  assert.deepEqual(event.resource, { type: "order", id: "order-7" });
  assert.equal(requests[0].url, "/v1/accounts/acc%201/events");
  assert.equal(requests[0].headers["last-event-id"], "evt-6");
  assert.equal(tokens, 1);
});

test("messages that are not change events are skipped and reported, and their id still counts", async () => {
  const { baseUrl } = await feed((request, response) => {
    openStream(response);
    response.write("event: heartbeat\ndata: ping\n\n");
    response.write("id: evt-9\ndata: {\"not\":\"an envelope\"}\n\n");
    response.write(frame(envelope(10)));
  });
  const invalid = [];
  const stream = streamEvents({ baseUrl, token: TOKEN, onInvalid: (m) => invalid.push(m) });
  const [event] = await take(stream, 1);
  assert.equal(event.id, "evt-10");
  assert.deepEqual(invalid.map((m) => [m.event, m.data, m.lastEventId]), [
    ["heartbeat", "ping", ""],
    ["message", '{"not":"an envelope"}', "evt-9"],
  ]);
});

test("a 401 problem is thrown as a typed GatewayError and not retried", async () => {
  const { baseUrl, requests } = await feed(() => assert.fail("must not be reached"));
  const stream = streamEvents({ baseUrl, token: "wrong", retryMs: 10 });
  await assert.rejects(take(stream, 1), (error) => {
    assert.ok(error instanceof GatewayError);
    assert.equal(error.status, 401);
    assert.equal(error.code, "unauthenticated");
    assert.equal(error.problem.requestId, "req-1");
    return true;
  });
  assert.equal(requests.length, 1);
});

test("a 503 is retried after its Retry-After, then the stream goes on", async () => {
  const { baseUrl, requests } = await feed((request, response, attempt) => {
    if (attempt === 1) {
      response.writeHead(503, { "content-type": "application/problem+json", "retry-after": "1" });
      response.end(JSON.stringify({ type: "urn:omnicart:problem:upstream_unavailable", title: "Unavailable",
        status: 503, detail: "busy", instance: request.url, code: "upstream_unavailable", requestId: "r" }));
      return;
    }
    openStream(response);
    response.write(frame(envelope(1)));
  });
  const started = Date.now();
  const [event] = await take(streamEvents({ baseUrl, token: TOKEN, retryMs: 10 }), 1);
  assert.equal(event.id, "evt-1");
  assert.equal(requests.length, 2);
  assert.ok(Date.now() - started >= 900, "waited for Retry-After");
});

test("close() ends the iteration while the server keeps the connection open", async () => {
  const { baseUrl } = await feed((request, response) => {
    openStream(response);
    response.write(frame(envelope(1)));
    // and nothing more: the connection stays open
  });
  const stream = streamEvents({ baseUrl, token: TOKEN });
  const seen = [];
  for await (const event of stream) {
    seen.push(event.id);
    setTimeout(() => stream.close(), 20);
  }
  assert.deepEqual(seen, ["evt-1"]);
});

test("without reconnect the stream ends with the connection; maxRetries bounds failed attempts", async () => {
  const { baseUrl, requests } = await feed((request, response) => {
    openStream(response);
    response.end(frame(envelope(1)));
  });
  const events = [];
  for await (const event of streamEvents({ baseUrl, token: TOKEN, reconnect: false })) events.push(event.id);
  assert.deepEqual(events, ["evt-1"]);
  assert.equal(requests.length, 1);

  // Nothing listens on this port any more once the server is closed: every attempt fails to connect.
  const closed = createServer();
  await new Promise((resolve) => closed.listen(0, "127.0.0.1", resolve));
  const deadUrl = `http://127.0.0.1:${closed.address().port}`;
  await new Promise((resolve) => closed.close(resolve));
  await assert.rejects(take(streamEvents({ baseUrl: deadUrl, token: TOKEN, retryMs: 5, maxRetries: 2 }), 1), TypeError);
});
