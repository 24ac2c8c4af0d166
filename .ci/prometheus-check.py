#!/usr/bin/env python3
"""A real Prometheus against a running gateway: puts a short load on the gateway (demo-store reads, 4xx of every
kind, a caller over its rate limit, refused passthrough calls, and a Medusa account connected to a fake store on
loopback that answers well, then 429, 401 and 500 until its circuit opens), waits for Prometheus to scrape it and evaluate the
rules, then evaluates every query of deploy/grafana/omnicart-gateway.json and every alert expression of
deploy/prometheus/alerts.yaml through Prometheus's HTTP API. Each must evaluate without error and return data; the
few that would legitimately have no series without a condition the load cannot produce would be listed in
NEEDS_CONDITION (none are), must still evaluate, and are reported as such. Writes a report to the output directory.

The gateway must admit loopback stores (omnicart.accounts.allow-insecure-loopback) and open a Medusa circuit within
4 calls (see .ci/check-client-and-docs).

Usage: prometheus-check.py GATEWAY_URL PROMETHEUS_URL OUT_DIR   (OMNICART_TOKEN: the gateway's dev token;
OMNICART_DEV_SECRET: its HS256 dev secret, for a second caller's token; default: the shipped local secret)
"""
import base64
import hashlib
import hmac
import json
import os
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from concurrent.futures import ThreadPoolExecutor
from threading import Lock, Thread

GATEWAY, PROMETHEUS, OUT = sys.argv[1].rstrip("/"), sys.argv[2].rstrip("/"), sys.argv[3]
TOKEN = os.environ["OMNICART_TOKEN"]
DEV_SECRET = os.environ.get("OMNICART_DEV_SECRET", "omnicart-local-dev-secret-change-me-0123456789")
JOB = "omnicart-gateway"

# Queries (by a fragment of their text) whose series exist only under a condition this load cannot create, with the
# condition: they must still evaluate without error; having no data is reported, not failed. None at present: the
# fake Medusa store below produces upstream failures, retries, logins (good and refused), 429s and an open circuit.
NEEDS_CONDITION = {}


def log(message):
    print(f"[prometheus-check] {message}", file=sys.stderr, flush=True)


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def mint(workspace):
    header = b64url(b'{"alg":"HS256"}')
    claims = {"sub": "ci", "workspace_id": workspace, "bundles": ["commerce"], "exp": int(time.time()) + 3600}
    payload = b64url(json.dumps(claims).encode())
    signature = hmac.new(DEV_SECRET.encode(), f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{b64url(signature)}"


def call(method, path, token=None, body=None):
    request = urllib.request.Request(GATEWAY + path, method=method, data=body)
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    if body is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


class FakeMedusa(BaseHTTPRequestHandler):
    """Just enough of a Medusa v2 Admin API on loopback for a connected account, switchable between behaving and the
    failures the dashboard and alerts watch: 'ok', 'throttle' (429 with a Retry-After too long to wait), 'reject'
    (401, also to logins) and 'down' (500)."""

    mode = "ok"
    calls = 0

    def log_message(self, *args):
        pass

    def answer(self, status, body, headers=()):
        payload = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)

    def handle_any(self):
        FakeMedusa.calls += 1
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        mode = FakeMedusa.mode
        if mode == "down":
            return self.answer(500, {"type": "unknown_error", "message": "An unknown error occurred."})
        if mode == "throttle":
            return self.answer(429, {"type": "too_many_requests", "message": "slow down"}, [("Retry-After", "120")])
        if mode == "reject":
            return self.answer(401, {"type": "unauthorized", "message": "Unauthorized"})
        path = urllib.parse.urlparse(self.path).path
        if path == "/auth/user/emailpass":
            claims = b64url(json.dumps({"actor_id": "user_ci", "exp": int(time.time()) + 86400}).encode())
            header = b64url(b'{"alg":"HS256","typ":"JWT"}')
            return self.answer(200, {"token": f"{header}.{claims}.c2lnbmF0dXJl"})
        if path == "/admin/stores":
            return self.answer(200, {"stores": [{"id": "store_ci", "name": "CI fake Medusa"}], "count": 1,
                                     "offset": 0, "limit": 50})
        if path.startswith("/admin/"):
            plural = path.split("/")[2].replace("-", "_")
            return self.answer(200, {plural: [], "count": 0, "offset": 0, "limit": 50})
        return self.answer(404, {"type": "not_found", "message": "no route"})

    do_GET = do_POST = do_PUT = do_DELETE = handle_any


def upstream_load(hit):
    """A Medusa account on the fake store, driven through every failure the upstream panels and alerts watch. In a
    workspace of its own, so its expected statuses never meet the caller rate limit of the other calls."""
    token = mint("ci-upstream")
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeMedusa)
    Thread(target=server.serve_forever, daemon=True).start()
    try:
        body = json.dumps({"platform": "medusa", "label": "ci fake medusa",
                           "baseUrl": f"http://127.0.0.1:{server.server_address[1]}",
                           "credentials": {"type": "email_password", "email": "ci@example.com",
                                           "password": "ci-fake-password"}}).encode()
        status, payload = hit("POST", "/v1/accounts", token=token, body=body)
        assert status == 201, f"connecting the fake Medusa answered {status}: {payload[:300]!r}"
        account = json.loads(payload)["id"]
        seen = {}
        calls = iter(range(1, 10_000))

        def orders(mode, times):
            FakeMedusa.mode = mode
            for _ in range(times):
                # A new query each time: the response cache must not answer for the store.
                status, _ = hit("GET", f"/v1/accounts/{account}/orders?limit={next(calls)}", token=token)
                seen.setdefault(mode, []).append(status)

        orders("ok", 3)  # login once, then cached token
        orders("throttle", 2)  # 429 with a Retry-After beyond the longest honoured: fails at once
        orders("reject", 2)  # 401: token evicted, fresh login refused
        orders("down", 4)  # 500: retried, then the circuit opens
        log(f"upstream load on the fake Medusa ({FakeMedusa.calls} store calls), caller statuses by store mode: {seen}")
        expected = {"ok": [200] * 3, "throttle": [429] * 2, "reject": [502] * 2, "down": [503] * 4}
        assert seen == expected, f"caller statuses {seen}, expected {expected}"
        status, _ = hit("DELETE", f"/v1/accounts/{account}", token=token)
        assert status == 204, f"removing the fake Medusa account answered {status}"
    finally:
        server.shutdown()
        server.server_close()


def load():
    statuses = {}

    counting = Lock()

    def hit(method, path, token=TOKEN, body=None):
        status, payload = call(method, path, token, body)
        with counting:
            statuses[status] = statuses.get(status, 0) + 1
        return status, payload

    status, payload = hit("GET", "/v1/accounts/demo/orders?limit=5")
    assert status == 200, f"listing demo orders answered {status}"
    order = json.loads(payload)["data"][0]["id"]
    started = time.time()
    rounds = 0
    while time.time() - started < 15 or rounds < 3:
        rounds += 1
        hit("GET", "/v1/accounts")
        hit("GET", f"/v1/accounts/demo/orders?limit={5 + rounds % 20}")
        hit("GET", "/v1/accounts/demo/orders?status=cancelled&limit=10")
        hit("GET", f"/v1/accounts/demo/orders/{order}")
        hit("GET", "/v1/accounts/demo/products?limit=10")
        hit("GET", "/v1/accounts/demo/customers?limit=10")
        hit("GET", "/v1/accounts/demo/overview")
        hit("GET", "/v1/accounts/demo/orders/no-such-order")  # 404 not_found
        hit("GET", "/v1/accounts/no-such-account/orders")  # 404 account_not_found
        hit("GET", "/v1/accounts/demo/orders?limit=1000")  # 400 validation_failed
        hit("POST", f"/v1/accounts/demo/orders/{order}/cancel", body=b'{"reason":"ci load"}')  # 403 demo_read_only
        hit("GET", "/v1/accounts", token=None)  # 401
        hit("GET", "/v1/accounts/demo/raw/admin/orders")  # 501: the demo store has no passthrough
        time.sleep(1)  # 13 calls a round stay under the caller limit (20/s) however fast the gateway answers
    upstream_load(hit)
    # One caller far over its limit (40 in a burst, 20/s), all at once so a slow machine's refill cannot keep up: 429.
    greedy = mint("ci-greedy")
    with ThreadPoolExecutor(max_workers=40) as pool:
        list(pool.map(lambda _: hit("GET", "/v1/accounts", token=greedy), range(100)))
    log(f"load: {sum(statuses.values())} calls in {time.time() - started:.0f} s, by status {dict(sorted(statuses.items()))}")
    for wanted in (200, 400, 401, 403, 404, 429, 501):
        assert wanted in statuses, f"the load produced no {wanted}"


def prom(path, **params):
    url = f"{PROMETHEUS}{path}?{urllib.parse.urlencode(params)}"
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return json.load(response)
    except urllib.error.HTTPError as error:
        return json.load(error)


def query(expr):
    answer = prom("/api/v1/query", query=expr)
    if answer.get("status") != "success":
        return None, f"{answer.get('errorType')}: {answer.get('error')}"
    return answer["data"]["result"], None


def dashboard_queries():
    with open("deploy/grafana/omnicart-gateway.json") as f:
        dashboard = json.load(f)
    out = []
    for panel in dashboard["panels"]:
        for target in panel.get("targets", []):
            expr = target["expr"].replace("$__rate_interval", "1m").replace('=~"$job"', f'=~"{JOB}"')
            if "$" in expr:
                raise SystemExit(f"unknown dashboard variable in {expr}")
            out.append((f"dashboard: {panel['title']}", expr))
    # The job variable's own query.
    out.append(("dashboard: variable job", "count by (job) (http_server_requests_seconds_count)"))
    return out


def alert_rules():
    """The alert rules as Prometheus loaded them (so the check never parses YAML itself)."""
    answer = prom("/api/v1/rules", type="alert")
    return [rule for group in answer["data"]["groups"] for rule in group["rules"]]


THRESHOLD = re.compile(r"\s*(==|!=|>=|<=|>|<)\s*[0-9.]+(?=\s*(\bor\b|\band\b|\bunless\b|$))", re.S)


def signal(expr):
    """An alert expression without its thresholds: the series the alert compares, which must have data."""
    return THRESHOLD.sub("", expr.strip())


def main():
    os.makedirs(OUT, exist_ok=True)
    load()
    # Let Prometheus scrape the end of the load (1 s interval) and evaluate the rules (1 s interval) at least twice.
    time.sleep(6)
    rules = alert_rules()
    deadline = time.time() + 30
    while any(r.get("lastEvaluation", "").startswith("0001") for r in rules) and time.time() < deadline:
        time.sleep(1)
        rules = alert_rules()

    failures, report = [], []

    def check(name, expr, need_data=True):
        result, error = query(expr)
        if error:
            failures.append(f"{name}: {expr}\n    does not evaluate: {error}")
            report.append(f"ERROR    {name}: {expr} -> {error}")
            return
        condition = next((why for fragment, why in NEEDS_CONDITION.items() if fragment in expr), None)
        if result:
            report.append(f"DATA     {name}: {len(result)} series: {expr}")
        elif not need_data:
            report.append(f"EMPTY-OK {name}: evaluates, no series (the alert is not firing): {expr}")
        elif condition:
            report.append(f"NO-DATA  {name}: evaluates, no series; {condition}: {expr}")
        else:
            failures.append(f"{name}: {expr}\n    evaluates but returns no data")
            report.append(f"EMPTY    {name}: {expr}")

    for name, expr in dashboard_queries():
        check(name, expr)
    if len(rules) < 7:
        failures.append(f"Prometheus loaded {len(rules)} alert rules, expected all of deploy/prometheus/alerts.yaml")
    for rule in rules:
        name = f"alert {rule['name']}"
        if rule.get("health") != "ok":
            failures.append(f"{name}: rule health {rule.get('health')}: {rule.get('lastError')}")
        check(name, rule["query"], need_data=False)  # the full expression: its data means the alert fires
        check(f"{name} (without threshold)", signal(rule["query"]))

    with open(os.path.join(OUT, "queries.txt"), "w") as f:
        f.write("\n".join(report) + "\n")
    for line in report:
        log(line[:200])
    if failures:
        log("FAILED:\n  " + "\n  ".join(failures))
        sys.exit(1)
    counts = {kind: sum(1 for line in report if line.startswith(kind)) for kind in ("DATA", "EMPTY-OK", "NO-DATA")}
    log(f"all {len(report)} queries evaluate: {counts}")


if __name__ == "__main__":
    main()
