#!/usr/bin/env bash
# Installs, seeds and runs a real Medusa v2 server on loopback for the OmniCart
# end-to-end tests. See README.md beside this file.
#
#   run.sh setup    stop + install (if needed) + fresh database + start + seed   (default)
#   run.sh install  npm install of the pinned, locked Medusa project (skipped when the lock is unchanged)
#   run.sh db       drop and recreate the database, migrate, create the admin user (server must be stopped)
#   run.sh start    start the server in the background and wait for /health
#   run.sh seed     seed a freshly migrated, running server; writes the env file and manifest
#   run.sh reseed   stop + db + start + seed
#   run.sh stop     stop the server started by this script (pid file)
#   run.sh status   print whether the server runs and where the credentials are
#   run.sh clean    stop, drop the database and delete everything under the state directory
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_DIR=$(cd "$SCRIPT_DIR/../.." && pwd)
STATE_DIR=${MEDUSA_E2E_DIR:-$REPO_DIR/.e2e/medusa}
SERVER_DIR=$STATE_DIR/server

HOST=127.0.0.1
PORT=${MEDUSA_PORT:-9000}
BASE_URL=http://$HOST:$PORT
PG_HOST=${MEDUSA_PG_HOST:-127.0.0.1}
PG_PORT=${MEDUSA_PG_PORT:-5432}
PG_USER=${MEDUSA_PG_USER:-postgres}
DB_NAME=${MEDUSA_DB_NAME:-omnicart_medusa_e2e}
ADMIN_EMAIL=${MEDUSA_ADMIN_EMAIL:-admin@omnicart.test}
ADMIN_PASSWORD=${MEDUSA_ADMIN_PASSWORD:-omnicart-e2e-admin}

INSTALL_TIMEOUT=${MEDUSA_INSTALL_TIMEOUT:-600}
MIGRATE_TIMEOUT=${MEDUSA_MIGRATE_TIMEOUT:-300}
START_TIMEOUT=${MEDUSA_START_TIMEOUT:-60}
SEED_TIMEOUT=${MEDUSA_SEED_TIMEOUT:-300}
STOP_TIMEOUT=20
LOCK_TIMEOUT=900

PID_FILE=$STATE_DIR/medusa.pid
LOG_FILE=$STATE_DIR/medusa.log
SECRETS_FILE=$STATE_DIR/secrets
ENV_FILE=$STATE_DIR/env
MANIFEST_FILE=$STATE_DIR/seed.json
STAMP_FILE=$SERVER_DIR/.omnicart-install-stamp

export CI=true
export MEDUSA_DISABLE_TELEMETRY=true
export NPM_CONFIG_UPDATE_NOTIFIER=false

log() { printf '[medusa-e2e] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now() { date +%s; }

# bounded SECONDS WHAT LOGFILE COMMAND...: runs COMMAND with a time limit, its output
# going to LOGFILE ("-" = inherit); a timeout or a failure ends the script with a clear message.
bounded() {
  local seconds=$1 what=$2 logfile=$3
  shift 3
  local rc=0
  if [ "$logfile" = "-" ]; then
    timeout --kill-after=10 "$seconds" "$@" </dev/null || rc=$?
  else
    timeout --kill-after=10 "$seconds" "$@" </dev/null >"$logfile" 2>&1 || rc=$?
  fi
  [ "$rc" -eq 0 ] && return 0
  local where=""
  if [ "$logfile" != "-" ]; then
    tail -n 25 "$logfile" >&2
    where=" (log: $logfile)"
  fi
  if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
    die "$what did not finish within ${seconds}s$where"
  fi
  die "$what failed with exit code $rc$where"
}

with_lock() {
  mkdir -p "$STATE_DIR"
  exec 9>"$STATE_DIR/.lock"
  flock -w "$LOCK_TIMEOUT" 9 || die "another run.sh holds $STATE_DIR/.lock for more than ${LOCK_TIMEOUT}s"
}

# ------------------------------------------------------------------ prerequisites

check_node() {
  command -v node >/dev/null || die "node is not installed (Medusa 2.21 needs Node ^20.19 or >=22.12)"
  command -v npm >/dev/null || die "npm is not installed"
  node -e '
    const [major, minor] = process.versions.node.split(".").map(Number)
    const ok = (major === 20 && minor >= 19) || (major === 22 && minor >= 12) || major > 22
    if (!ok) { console.error("Node " + process.version + " is too old"); process.exit(1) }
  ' || die "Medusa 2.21 needs Node ^20.19.0 or >=22.12.0"
}

psql_admin() {
  timeout 60 psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"
}

check_postgres() {
  command -v psql >/dev/null || die "psql is not installed"
  PGCONNECT_TIMEOUT=10 psql_admin -c 'select 1' >/dev/null 2>&1 \
    || die "PostgreSQL is not reachable as $PG_USER@$PG_HOST:$PG_PORT (trust auth expected)"
}

# ------------------------------------------------------------------ install

install_stamp() {
  cat "$SCRIPT_DIR/package.json" "$SCRIPT_DIR/package-lock.json" | sha256sum | cut -d' ' -f1
}

write_secrets_once() {
  [ -s "$SECRETS_FILE" ] && return
  local jwt cookie
  jwt=$(node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("hex"))')
  cookie=$(node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("hex"))')
  (umask 077 && printf 'JWT_SECRET=%s\nCOOKIE_SECRET=%s\n' "$jwt" "$cookie" >"$SECRETS_FILE")
  log "generated JWT and cookie secrets in $SECRETS_FILE"
}

cmd_install() {
  check_node
  if is_running; then die "the server is running: stop it before installing"; fi
  [ -f "$SCRIPT_DIR/package-lock.json" ] || die "e2e/medusa/package-lock.json is missing"
  mkdir -p "$SERVER_DIR"
  cp "$SCRIPT_DIR/medusa-config.js" "$SERVER_DIR/medusa-config.js"
  write_secrets_once
  local stamp
  stamp=$(install_stamp)
  if [ -x "$SERVER_DIR/node_modules/.bin/medusa" ] && [ "$(cat "$STAMP_FILE" 2>/dev/null)" = "$stamp" ]; then
    log "install: package.json and package-lock.json unchanged, skipping npm install"
    return
  fi
  cp "$SCRIPT_DIR/package.json" "$SCRIPT_DIR/package-lock.json" "$SERVER_DIR/"
  rm -rf "$STAMP_FILE" "$SERVER_DIR/node_modules"
  # Not `npm ci`: the lock holds only the platform packages the registry served when it was made
  # (a filtered mirror 404s e.g. darwin builds of rollup), and `npm ci` rejects such a lock.
  # `npm install` from the lock installs exactly the locked versions; the check below proves it.
  log "install: npm install from package-lock.json in $SERVER_DIR (limit ${INSTALL_TIMEOUT}s, log $STATE_DIR/npm-install.log)"
  local started
  started=$(now)
  (cd "$SERVER_DIR" && bounded "$INSTALL_TIMEOUT" "npm install" "$STATE_DIR/npm-install.log" \
    npm install --ignore-scripts --no-audit --no-fund --loglevel=warn)
  cmp -s "$SCRIPT_DIR/package-lock.json" "$SERVER_DIR/package-lock.json" \
    || die "npm install changed package-lock.json: regenerate it (see README.md) and commit it"
  (cd "$SERVER_DIR" && bounded 120 "npm ls" "$STATE_DIR/npm-ls.log" npm ls --all)
  echo "$stamp" >"$STAMP_FILE"
  log "install: done in $(($(now) - started))s ($(du -sh "$SERVER_DIR/node_modules" | cut -f1) of node_modules)"
}

# Checks the project is installed and exports what medusa-config.js reads.
require_installed() {
  [ -x "$SERVER_DIR/node_modules/.bin/medusa" ] && [ -s "$SECRETS_FILE" ] \
    || die "Medusa is not installed: run '$0 install' first"
  cp "$SCRIPT_DIR/medusa-config.js" "$SERVER_DIR/medusa-config.js"
  set -a
  # shellcheck disable=SC1090
  . "$SECRETS_FILE"
  set +a
  export DATABASE_URL="postgres://$PG_USER@$PG_HOST:$PG_PORT/$DB_NAME"
  # Production mode: the CLI then skips its ts-node probe, and Medusa never falls back to default secrets.
  export NODE_ENV=production
}

MEDUSA_BIN=./node_modules/.bin/medusa

# ------------------------------------------------------------------ database

cmd_db() {
  require_installed
  check_postgres
  if is_running; then die "the server is running: stop it before recreating the database"; fi
  [[ "$DB_NAME" =~ ^[a-z_][a-z0-9_]*$ ]] || die "MEDUSA_DB_NAME must be a plain lower-case identifier"
  local started
  started=$(now)
  log "db: dropping and recreating $DB_NAME"
  psql_admin -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" -c "CREATE DATABASE $DB_NAME" \
    || die "could not recreate database $DB_NAME"
  rm -f "$ENV_FILE" "$MANIFEST_FILE"
  log "db: medusa db:migrate (limit ${MIGRATE_TIMEOUT}s, log $STATE_DIR/migrate.log)"
  (cd "$SERVER_DIR" && bounded "$MIGRATE_TIMEOUT" "medusa db:migrate" "$STATE_DIR/migrate.log" "$MEDUSA_BIN" db:migrate)
  log "db: creating admin user $ADMIN_EMAIL"
  (cd "$SERVER_DIR" && bounded 120 "medusa user" "$STATE_DIR/user.log" \
    "$MEDUSA_BIN" user -e "$ADMIN_EMAIL" -p "$ADMIN_PASSWORD")
  log "db: ready in $(($(now) - started))s"
}

# ------------------------------------------------------------------ server process

server_pid() {
  [ -f "$PID_FILE" ] || return 1
  local pid
  pid=$(cat "$PID_FILE")
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  # Only a live process that is our Medusa server counts (guards against pid reuse).
  tr '\0' ' ' 2>/dev/null <"/proc/$pid/cmdline" | grep -q 'medusa start' || return 1
  echo "$pid"
}

is_running() { server_pid >/dev/null; }

healthy() { curl -fsS --max-time 2 "$BASE_URL/health" >/dev/null 2>&1; }

cmd_start() {
  require_installed
  if is_running; then
    healthy || die "server process $(server_pid) exists but $BASE_URL/health does not answer; see $LOG_FILE"
    log "start: already running (pid $(server_pid)) at $BASE_URL"
    return
  fi
  rm -f "$PID_FILE"
  healthy && die "something else already answers on $BASE_URL: choose another MEDUSA_PORT"
  check_postgres
  log "start: medusa start -H $HOST -p $PORT (log $LOG_FILE)"
  local started
  started=$(now)
  # setsid: the server leads its own process group, so stop can end it and any children.
  # A plain background command (no subshell): setsid execs into node, so $! is the server's pid.
  cd "$SERVER_DIR"
  # 9>&-: the server must not inherit (and so keep holding) the lock of this script.
  setsid "$MEDUSA_BIN" start -H "$HOST" -p "$PORT" >>"$LOG_FILE" 2>&1 </dev/null 9>&- &
  echo $! >"$PID_FILE"
  cd "$OLDPWD"
  until healthy; do
    if ! kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
      tail -n 30 "$LOG_FILE" >&2
      rm -f "$PID_FILE"
      die "the server exited during start-up; see $LOG_FILE"
    fi
    if [ $(($(now) - started)) -ge "$START_TIMEOUT" ]; then
      tail -n 30 "$LOG_FILE" >&2
      cmd_stop
      die "$BASE_URL/health did not answer within ${START_TIMEOUT}s"
    fi
    sleep 0.5
  done
  log "start: healthy after $(($(now) - started))s (pid $(cat "$PID_FILE"))"
}

cmd_stop() {
  local pid
  if ! pid=$(server_pid); then
    rm -f "$PID_FILE"
    log "stop: not running"
    return
  fi
  log "stop: stopping pid $pid"
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  local waited=0
  while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt "$((STOP_TIMEOUT * 2))" ]; do
    sleep 0.5
    waited=$((waited + 1))
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "stop: still alive after ${STOP_TIMEOUT}s, sending KILL"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$PID_FILE"
  log "stop: stopped"
}

# ------------------------------------------------------------------ seed

cmd_seed() {
  require_installed
  if ! is_running || ! healthy; then die "the server is not running: run '$0 start' first"; fi
  local started
  started=$(now)
  log "seed: seeding $BASE_URL (limit ${SEED_TIMEOUT}s)"
  MEDUSA_BASE_URL=$BASE_URL MEDUSA_ADMIN_EMAIL=$ADMIN_EMAIL MEDUSA_ADMIN_PASSWORD=$ADMIN_PASSWORD \
    MEDUSA_ENV_FILE=$ENV_FILE MEDUSA_SEED_MANIFEST=$MANIFEST_FILE \
    bounded "$SEED_TIMEOUT" "seed.mjs" - node "$SCRIPT_DIR/seed.mjs"
  log "seed: done in $(($(now) - started))s; credentials in $ENV_FILE, manifest in $MANIFEST_FILE"
}

cmd_status() {
  if is_running; then
    if healthy; then
      echo "running: pid $(server_pid), $BASE_URL (healthy)"
    else
      echo "starting or unhealthy: pid $(server_pid), $BASE_URL"
    fi
  else
    echo "stopped"
  fi
  [ -x "$SERVER_DIR/node_modules/.bin/medusa" ] && echo "installed: $SERVER_DIR" || echo "not installed"
  [ -f "$ENV_FILE" ] && echo "credentials: $ENV_FILE" || echo "credentials: none (not seeded)"
  [ -f "$MANIFEST_FILE" ] && echo "manifest: $MANIFEST_FILE"
  return 0
}

cmd_clean() {
  cmd_stop
  if command -v psql >/dev/null && PGCONNECT_TIMEOUT=10 psql_admin -c 'select 1' >/dev/null 2>&1; then
    psql_admin -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)" || true
  fi
  rm -rf "$STATE_DIR"
  log "clean: removed $STATE_DIR and database $DB_NAME"
}

main() {
  local command=${1:-setup}
  case "$command" in
    install) with_lock; cmd_install ;;
    db) with_lock; cmd_db ;;
    start) with_lock; cmd_start ;;
    seed) with_lock; cmd_seed ;;
    stop) with_lock; cmd_stop ;;
    status) cmd_status ;;
    reseed) with_lock; cmd_stop; cmd_db; cmd_start; cmd_seed ;;
    setup) with_lock; cmd_stop; cmd_install; cmd_db; cmd_start; cmd_seed ;;
    clean) with_lock; cmd_clean ;;
    -h | --help | help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//' ;;
    *) die "unknown command '$command' (try: $0 help)" ;;
  esac
}

main "$@"
