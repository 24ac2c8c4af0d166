/** One dispatched server-sent event (WHATWG HTML, "server-sent events", event stream interpretation). */
export interface SseMessage {
  /** The `event:` field, `message` when absent. */
  event: string;
  /** The `data:` lines joined with `\n`. */
  data: string;
  /** The last event id in force when this event was dispatched (`id:` of this or an earlier event). */
  lastEventId: string;
}

/**
 * An incremental parser of a `text/event-stream` body: feed it decoded text as it arrives, in chunks cut anywhere
 * (even between `\r` and `\n`), and it returns the events completed so far. Lines end with CRLF, LF or CR; lines
 * starting with `:` are comments (keep-alives); an event is dispatched on an empty line and only when it has data;
 * `id` without NUL sets the last event id, also for an event without data; `retry` with only digits sets the
 * reconnection delay; unknown fields are ignored. An event cut off by the end of the stream is dropped, as the spec
 * says.
 */
export class SseParser {
  lastEventId = "";
  /** The reconnection delay the server asked for with `retry:`, in milliseconds. */
  retryMs: number | undefined;

  private buffer = "";
  private skipLeadingLf = false;
  private eventType = "";
  private data: string[] = [];
  private sawData = false;

  feed(text: string): SseMessage[] {
    const out: SseMessage[] = [];
    if (this.skipLeadingLf && text.startsWith("\n")) text = text.slice(1);
    this.skipLeadingLf = false;
    this.buffer += text;
    let start = 0;
    for (;;) {
      const cr = this.buffer.indexOf("\r", start);
      const lf = this.buffer.indexOf("\n", start);
      let end: number;
      if (cr < 0 && lf < 0) break;
      if (cr < 0 || (lf >= 0 && lf < cr)) end = lf;
      else end = cr;
      const line = this.buffer.slice(start, end);
      if (this.buffer[end] === "\r") {
        if (end + 1 === this.buffer.length) {
          // A CR at the end of the chunk: the line is complete, a LF starting the next chunk belongs to it.
          this.skipLeadingLf = true;
          start = end + 1;
        } else {
          start = this.buffer[end + 1] === "\n" ? end + 2 : end + 1;
        }
      } else {
        start = end + 1;
      }
      const message = this.line(line);
      if (message) out.push(message);
    }
    this.buffer = this.buffer.slice(start);
    return out;
  }

  private line(line: string): SseMessage | undefined {
    if (line === "") return this.dispatch();
    if (line.startsWith(":")) return undefined;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    switch (field) {
      case "event":
        this.eventType = value;
        break;
      case "data":
        this.data.push(value);
        this.sawData = true;
        break;
      case "id":
        if (!value.includes("\u0000")) this.lastEventId = value;
        break;
      case "retry":
        if (/^[0-9]+$/.test(value)) this.retryMs = Number(value);
        break;
      default:
        break;
    }
    return undefined;
  }

  private dispatch(): SseMessage | undefined {
    const message = this.sawData
      ? { event: this.eventType || "message", data: this.data.join("\n"), lastEventId: this.lastEventId }
      : undefined;
    this.eventType = "";
    this.data = [];
    this.sawData = false;
    return message;
  }
}
