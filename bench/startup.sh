#!/usr/bin/env bash
# Measures the start of the built distribution: time from `java` to the first HTTP 200 of the login
# page, and memory (RSS) of the Java process and of the embedded MariaDB after start. Runs twice:
# a first start on an empty home (MariaDB install, migrations, demo school) and a restart on the same
# home (what an administrator sees every day). Prints each figure with its ratio to the baseline of
# ../shared/docs/ARCHITECTURE.md (prototype: first HTTP 200 in 3.8 s, RSS 175 MB).
#   usage: bench/startup.sh            (after ./ejournal demo or mvn install -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=runtime-config/launcher/target/ejournal
[ -d "$DIST/lib" ] || { echo "build first: mvn -B -q install -DskipTests" >&2; exit 1; }
BASE_START_S=3.8
BASE_RSS_MB=175
PORT=${BENCH_PORT:-18080}
HOME_DIR=$(pwd)/bench/target/startup-home; rm -rf "$HOME_DIR"; mkdir -p "$HOME_DIR"
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true; rm -rf "$HOME_DIR"' EXIT

start_once() {
  local label=$1
  local t0=$(date +%s.%N)
  mkdir -p "$HOME_DIR/tmp"
  java -Xmx1g -Djava.io.tmpdir="$HOME_DIR/tmp" -cp "$DIST/lib/*" org.ejournal.launcher.Main --ejournal.home="$HOME_DIR" \
    --ejournal.http.port=$PORT --ejournal.demo=true --ejournal.bundles.dir="$DIST/bundles" \
    --ejournal.deploy.dir="$HOME_DIR/deploy" > "$HOME_DIR/$label.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 1200); do
    if curl -fs -o /dev/null "http://127.0.0.1:$PORT/login"; then break; fi
    kill -0 $PID 2>/dev/null || { echo "start failed, see log:"; tail -20 "$HOME_DIR/$label.log"; exit 1; }
    sleep 0.1
  done
  local t1=$(date +%s.%N)
  sleep 3   # let start-up work settle before reading memory
  local rss_java=$(( $(ps -o rss= -p $PID) / 1024 ))
  local db_pid=$(pgrep -f "mariadbd.*$HOME_DIR" | head -1 || true)
  local rss_db=0
  [ -n "$db_pid" ] && rss_db=$(( $(ps -o rss= -p "$db_pid") / 1024 ))
  local secs=$(awk "BEGIN{print $t1 - $t0}")
  printf '%-28s start to login page %6.1f s (x%.1f of %s s)   RSS java %4d MB (x%.2f of %s MB)   RSS mariadbd %4d MB\n' \
    "$label" "$secs" "$(awk "BEGIN{print $secs / $BASE_START_S}")" "$BASE_START_S" \
    "$rss_java" "$(awk "BEGIN{print $rss_java / $BASE_RSS_MB}")" "$BASE_RSS_MB" "$rss_db"
  grep -hoE "(Embedded MariaDB started.*|Generated .* in [0-9]+ ms|Database schema at version.*|host listening.*)" \
    "$HOME_DIR/$label.log" | sed -e 's/^/    /' -e 's/: {.*//' || true
  kill $PID; wait $PID 2>/dev/null || true
}

start_once "first start (empty home)"
start_once "restart (same home)"
