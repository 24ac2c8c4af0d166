# shellcheck shell=bash
# The bench stack, shared by bench/run and bench/profile: tools, build, the nginx upstream stub, the gateway in its
# production configuration, and the connected Medusa accounts. Source it; it defines functions and globals only.
# Every process started here is recorded in BENCH_PIDS and stopped by bench_cleanup (the callers trap EXIT).

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
BENCH_PIDS=()
NGINX_PID=""
GATEWAY_PID=""

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

# A JDK >= 21: JAVA_HOME if set, else the java on PATH, else the newest one under /usr/lib/jvm.
bench_java() {
    local candidate version
    for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" \
        $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
        [[ -n "$candidate" && -x "$candidate/bin/java" && -x "$candidate/bin/jcmd" ]] || continue
        version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
        if [[ "${version%%.*}" -ge 21 ]]; then
            export JAVA_HOME="${candidate%/}"
            export PATH="$JAVA_HOME/bin:$PATH"
            return 0
        fi
    done
    die "no JDK 21 or newer found (set JAVA_HOME)"
}

# nginx-light and wrk from Debian when missing (root or sudo needed then).
bench_tools() {
    local missing=()
    command -v nginx >/dev/null 2>&1 || [[ -x /usr/sbin/nginx ]] || missing+=(nginx-light)
    command -v wrk >/dev/null 2>&1 || missing+=(wrk)
    command -v curl >/dev/null 2>&1 || missing+=(curl)
    if ((${#missing[@]})); then
        log "installing ${missing[*]}"
        local sudo=""
        [[ $(id -u) -eq 0 ]] || sudo="sudo"
        $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null \
            || die "could not install ${missing[*]}"
    fi
    NGINX_BIN="$(command -v nginx || echo /usr/sbin/nginx)"
}

# Installs the reactor (so bench/jmh resolves io.omnicart from ~/.m2) and builds bench/jmh.
# GATEWAY_JAR set: use that gateway jar and the artifacts already in ~/.m2 (no reactor build).
bench_build() {
    if [[ -z "${GATEWAY_JAR:-}" ]]; then
        log "installing the reactor (./mvnw -B -q install -DskipTests -Dspotless.check.skip=true)"
        (cd "$ROOT" && ./mvnw -B -q install -DskipTests -Dspotless.check.skip=true) || die "reactor build failed"
        GATEWAY_JAR="$ROOT/gateway-service/target/gateway-service-0.1.0-SNAPSHOT.jar"
    fi
    [[ -f "$GATEWAY_JAR" ]] || die "gateway jar not found: $GATEWAY_JAR"
    if [[ -z "${BENCH_SKIP_JMH_BUILD:-}" || ! -f "$BENCH_DIR/jmh/target/classpath.txt" ]]; then
        log "building bench/jmh"
        (cd "$ROOT" && ./mvnw -B -q -f bench/jmh/pom.xml package) || die "bench/jmh build failed"
    fi
    BENCH_CP="$BENCH_DIR/jmh/target/classes:$(cat "$BENCH_DIR/jmh/target/classpath.txt")"
}

bench_tool() { java -cp "$BENCH_CP" "io.omnicart.bench.tools.$1" "${@:2}"; }

free_port() {
    local port=$1
    while ss -Htln "sport = :$port" 2>/dev/null | grep -q .; do port=$((port + 1)); done
    echo "$port"
}

# Stops every process this script started, newest first, by its own pid.
bench_cleanup() {
    local pid
    for ((i = ${#BENCH_PIDS[@]} - 1; i >= 0; i--)); do
        pid=${BENCH_PIDS[i]}
        if kill -0 "$pid" 2>/dev/null; then
            kill -TERM "$pid" 2>/dev/null || true
            for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
            kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
        fi
    done
    BENCH_PIDS=()
}

# Fixtures, caller keys, Tink keyset; everything under $WORK (world-readable: nginx workers run as nobody).
bench_prepare() {
    local samples=${BENCH_SAMPLES:-$ROOT/commerce-testkit/src/main/resources/samples/medusa}
    [[ -d "$samples" ]] || die "Medusa samples not found at $samples (set BENCH_SAMPLES)"
    mkdir -p "$WORK/fixtures" "$WORK/run"
    WORKSPACE="bench-$(date +%s)-$$"
    bench_tool Fixtures "$samples" "$WORK/fixtures" 1000 >/dev/null
    bench_tool Keys "$WORK/keys" "$WORKSPACE" >/dev/null
    cp "$WORK/keys/jwks.json" "$WORK/fixtures/jwks.json"
    CALLER_TOKEN=$(cat "$WORK/keys/caller.jwt")
    java -cp "$GATEWAY_JAR" -Dloader.main=io.omnicart.credential.crypto.KeysetTool \
        org.springframework.boot.loader.launch.PropertiesLauncher generate >"$WORK/keys/keyset.json" 2>/dev/null \
        || die "KeysetTool could not generate a keyset"
    chmod -R a+rX "$WORK"
}

stub_start() {
    STUB_PORT=$(free_port "${BENCH_STUB_PORT:-18090}")
    local login
    login=$(cat "$WORK/keys/medusa-login.json")
    sed -e "s|@PORT@|$STUB_PORT|g" -e "s|@RUN@|$WORK/run|g" -e "s|@FIXTURES@|$WORK/fixtures|g" \
        -e "s|@LOGIN_JSON@|$login|g" "$BENCH_DIR/nginx/stub.conf.template" >"$WORK/run/nginx.conf"
    "$NGINX_BIN" -p "$WORK/run" -c "$WORK/run/nginx.conf" -e "$WORK/run/nginx-error.log" &
    NGINX_PID=$!
    BENCH_PIDS+=("$NGINX_PID")
    STUB="http://127.0.0.1:$STUB_PORT"
    for _ in $(seq 1 50); do
        curl -fsS -o /dev/null "$STUB/jwks.json" 2>/dev/null && { log "stub up at $STUB (nginx pid $NGINX_PID)"; return 0; }
        sleep 0.1
    done
    die "nginx stub did not start (see $WORK/run/nginx-error.log)"
}

# The gateway as deploy/ runs it: profile prod, PostgreSQL, Redis (tokens, buckets, response cache), a Tink keyset,
# an identity provider's JWK set, JSON logs, a heap as MaxRAMPercentage=75 gives it under the production 1536Mi limit.
# Deviations, all forced by the bench: the caller rate limit is lifted (20/s per workspace would cap every scenario),
# loopback stores over plain http are admitted (the stub), and Redis/PostgreSQL get a database/schema of their own.
gateway_start() {
    GATEWAY_PORT=$(free_port "${BENCH_GATEWAY_PORT:-18080}")
    GATEWAY="http://127.0.0.1:$GATEWAY_PORT"
    local jvm=${BENCH_GATEWAY_JVM:--Xms768m -Xmx1152m -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError --enable-native-access=ALL-UNNAMED}
    # shellcheck disable=SC2086
    env SPRING_PROFILES_ACTIVE=prod \
        PORT="$GATEWAY_PORT" \
        SPRING_R2DBC_URL="${BENCH_R2DBC_URL:-r2dbc:postgresql://127.0.0.1:5432/test?schema=omnicart_bench}" \
        SPRING_R2DBC_USERNAME="${BENCH_R2DBC_USERNAME:-postgres}" \
        SPRING_R2DBC_PASSWORD="${BENCH_R2DBC_PASSWORD:-}" \
        OMNICART_CACHE_TYPE=redis \
        SPRING_DATA_REDIS_HOST="${BENCH_REDIS_HOST:-127.0.0.1}" \
        SPRING_DATA_REDIS_PORT="${BENCH_REDIS_PORT:-6379}" \
        SPRING_DATA_REDIS_DATABASE="${BENCH_REDIS_DATABASE:-9}" \
        OMNICART_CREDENTIALS_KEYSET_FILE="$WORK/keys/keyset.json" \
        OMNICART_API_CURSOR_KEY="$(head -c 32 /dev/urandom | base64)" \
        OMNICART_SECURITY_JWK_SET_URI="$STUB/jwks.json" \
        OMNICART_ACCOUNTS_ALLOW_INSECURE_LOOPBACK=true \
        OMNICART_RATELIMIT_CALLER_CAPACITY=1000000000 \
        OMNICART_RATELIMIT_CALLER_REFILL_TOKENS=1000000000 \
        LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs \
        java $jvm ${BENCH_GATEWAY_EXTRA_JVM:-} -jar "$GATEWAY_JAR" >"$WORK/run/gateway.log" 2>&1 &
    GATEWAY_PID=$!
    BENCH_PIDS+=("$GATEWAY_PID")
    for _ in $(seq 1 240); do
        kill -0 "$GATEWAY_PID" 2>/dev/null || die "the gateway exited during start-up (see $WORK/run/gateway.log)"
        if curl -fsS -o /dev/null "$GATEWAY/actuator/health/readiness" 2>/dev/null; then
            log "gateway up at $GATEWAY (pid $GATEWAY_PID)"
            return 0
        fi
        sleep 0.5
    done
    die "the gateway did not become ready in 120 s (see $WORK/run/gateway.log)"
}

# POST /v1/accounts for one credential type; prints the new account id.
connect_account() {
    local label=$1 credentials=$2 answer
    answer=$(curl -sS -X POST "$GATEWAY/v1/accounts" -H "Authorization: Bearer $CALLER_TOKEN" \
        -H 'Content-Type: application/json' \
        -d "{\"platform\":\"medusa\",\"label\":\"$label\",\"baseUrl\":\"$STUB\",\"credentials\":$credentials}")
    local id
    id=$(printf '%s' "$answer" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p' | head -1)
    [[ -n "$id" ]] || die "connecting the $label account failed: $answer"
    echo "$id"
}

bench_accounts() {
    ACCOUNT_KEY=$(connect_account bench-secret-key '{"type":"api_key","apiKey":"sk_bench_0123456789abcdef"}')
    ACCOUNT_EMAIL=$(connect_account bench-email '{"type":"email_password","email":"admin@example.com","password":"bench-password"}')
    log "accounts: secret key $ACCOUNT_KEY, e-mail/password $ACCOUNT_EMAIL"
}

# utime + stime of a process, in seconds.
cpu_seconds() {
    awk -v tck="$(getconf CLK_TCK)" '{ print ($14 + $15) / tck }' "/proc/$1/stat"
}

rss_kb() { awk '/^VmRSS:/ { print $2 }' "/proc/$1/status"; }

# CPU ticks per thread group of a process ("reactor-http-epoll-3" → "reactor-http-epoll-N"), from /proc.
thread_cpu_snapshot() {
    local task
    for task in /proc/"$1"/task/*; do
        printf '%s %s\n' "$(tr ' ' '_' <"$task/comm" | sed 's/[0-9][0-9]*/N/g')" "$(awk '{ print $14 + $15 }' "$task/stat")"
    done 2>/dev/null | awk '{ ticks[$1] += $2 } END { for (g in ticks) print g, ticks[g] }' | sort
}
