#!/usr/bin/env bash
# Stops what bench/start-trekant.sh started (the application and, if any, its PostgreSQL) and removes its data.
cd "$(dirname "$0")/.."
[ -f target/bench-trekant.pid ] && kill "$(cat target/bench-trekant.pid)" 2>/dev/null && sleep 3
WORK=$(cat target/bench-workdir 2>/dev/null || true)
if [ -n "$WORK" ] && [ -f "$WORK/pgbin" ]; then
  AS=(); [ "$(id -u)" = 0 ] && AS=(runuser -u postgres --)
  "${AS[@]}" "$(cat "$WORK/pgbin")/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null
fi
[ -n "$WORK" ] && rm -rf "$WORK"
rm -f target/bench-trekant.pid target/bench-workdir target/bench-db
