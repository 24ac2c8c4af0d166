import { test } from "node:test";
import assert from "node:assert/strict";
import { SseParser } from "../../dist/index.js";

function parseInChunks(text, size) {
  const parser = new SseParser();
  const out = [];
  for (let i = 0; i < text.length; i += size) out.push(...parser.feed(text.slice(i, i + size)));
  return { parser, out };
}

test("dispatches events on a blank line, with id, event type and multi-line data", () => {
  const stream = 'id: 1\nevent: change\ndata: {"a":1}\n\ndata: line one\ndata: line two\n\n';
  const { out } = parseInChunks(stream, stream.length);
  assert.deepEqual(out, [
    { event: "change", data: '{"a":1}', lastEventId: "1" },
    { event: "message", data: "line one\nline two", lastEventId: "1" },
  ]);
});

test("gives the same events whatever the chunking and line ending (LF, CRLF, CR)", () => {
  const lf = ": keep-alive\nid: 7\ndata: x\n\nid: 8\ndata:y\ndata:  z\n\n";
  const expected = [
    { event: "message", data: "x", lastEventId: "7" },
    { event: "message", data: "y\n z", lastEventId: "8" },
  ];
  for (const ending of ["\n", "\r\n", "\r"]) {
    const text = lf.replaceAll("\n", ending);
    for (const size of [1, 2, 3, 5, 8, text.length]) {
      assert.deepEqual(parseInChunks(text, size).out, expected, `ending ${JSON.stringify(ending)}, chunks of ${size}`);
    }
  }
});

test("ignores comments and unknown fields, keeps an id without data, reads retry, drops an unfinished event", () => {
  const { parser, out } = parseInChunks(": hello\nfoo: bar\nid: 41\n\nretry: 250\nretry: soon\ndata: tail", 4);
  assert.deepEqual(out, []);
  assert.equal(parser.lastEventId, "41");
  assert.equal(parser.retryMs, 250);
});

test("a field without a colon is a field with an empty value; an id containing NUL is ignored", () => {
  const { out } = parseInChunks("id: 5\ndata\n\nid: 6\u00007\ndata: after\n\n", 3);
  assert.deepEqual(out, [
    { event: "message", data: "", lastEventId: "5" },
    { event: "message", data: "after", lastEventId: "5" },
  ]);
});
