import { test } from "node:test";
import assert from "node:assert/strict";
import { GatewayError, pages, paginate } from "../../dist/index.js";

const ok = (body) => ({ data: body, response: new Response(JSON.stringify(body), { status: 200 }) });

function fakeList(items, limit) {
  const calls = [];
  const fetchPage = async (cursor) => {
    calls.push(cursor);
    const start = cursor === undefined ? 0 : Number(cursor.slice(1));
    const next = start + limit < items.length ? `c${start + limit}` : null;
    return ok({ data: items.slice(start, start + limit), page: { nextCursor: next, limit, total: items.length } });
  };
  return { calls, fetchPage };
}

test("paginate walks every page in order, sending each nextCursor back", async () => {
  const items = Array.from({ length: 23 }, (_, i) => ({ id: `o${i}` }));
  const { calls, fetchPage } = fakeList(items, 5);
  const seen = [];
  for await (const item of paginate(fetchPage)) seen.push(item.id);
  assert.deepEqual(seen, items.map((i) => i.id));
  assert.deepEqual(calls, [undefined, "c5", "c10", "c15", "c20"]);
});

test("pages yields whole pages and stops on a null cursor; an empty list is one empty page", async () => {
  const { fetchPage } = fakeList([], 5);
  const all = [];
  for await (const page of pages(fetchPage)) all.push(page);
  assert.equal(all.length, 1);
  assert.deepEqual(all[0].data, []);
});

test("a failed page throws a GatewayError with the problem's code", async () => {
  const problem = { type: "urn:omnicart:problem:invalid_cursor", title: "Invalid cursor", status: 400,
    detail: "cursor: does not decode", instance: "/v1/accounts/demo/orders", code: "invalid_cursor", requestId: "r1" };
  let call = 0;
  const fetchPage = async () => {
    call++;
    if (call === 1) return ok({ data: [{ id: 1 }], page: { nextCursor: "bad", limit: 1, total: 2 } });
    return { error: problem, response: new Response(JSON.stringify(problem), { status: 400 }) };
  };
  const seen = [];
  await assert.rejects(
    (async () => { for await (const item of paginate(fetchPage)) seen.push(item.id); })(),
    (error) => error instanceof GatewayError && error.code === "invalid_cursor" && error.status === 400,
  );
  assert.deepEqual(seen, [1]);
});

test("a cursor that comes back twice stops the walk instead of looping", async () => {
  const fetchPage = async () => ok({ data: [1], page: { nextCursor: "same", limit: 1, total: null } });
  await assert.rejects(async () => { for await (const _ of paginate(fetchPage)); }, /twice/);
});
