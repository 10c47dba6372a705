#!/usr/bin/env bash
# Starts the packaged Trekant (target/trekant.jar, demo profile) for the benchmark, with the JVM
# settings of the Dockerfile and pom.xml, on a fresh database in a temporary directory:
#   bench/start-trekant.sh h2         H2 file database (the default)
#   bench/start-trekant.sh postgres   a throw-away PostgreSQL 15 cluster (Debian's postgresql-15,
#                                     run as user postgres when started as root)
# Prints the ready time (launch → /actuator/health/readiness 200) and, after 20 s idle, the
# RSS; writes target/bench-startup-<db>.json. Stop with bench/stop-trekant.sh.
# EXTRA_ARGS are passed to the application (e.g. --camunda.bpm.job-execution.enabled=false).
# Like the Dockerfile, it runs the extracted jar with class data sharing (CDS): the first run after a
# build extracts target/trekant.jar to target/cds/ and makes the archive with a training start
# (about a minute); CDS=off runs target/trekant.jar as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
DB=${1:-h2}
PORT=${PORT:-18080}
PG_PORT=${PG_PORT:-55432}
JAVA_OPTS=${JAVA_OPTS:-"-Xms64m -Xmx512m -XX:+UseSerialGC -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=128m -Duser.timezone=Europe/Copenhagen"}
JAR=$PWD/target/trekant.jar
[ -f "$JAR" ] || { echo "build first: ./mvnw -q package -DskipTests"; exit 1; }
RUN_JAR=$JAR
CDS_ARGS=""
if [ "${CDS:-on}" = on ]; then
  CDS_DIR=$PWD/target/cds
  if [ ! -f "$CDS_DIR/trekant.jsa" ] || [ "$JAR" -nt "$CDS_DIR/trekant.jsa" ]; then
    echo "class data sharing: extracting the jar and recording the archive (training start) …"
    rm -rf "$CDS_DIR"
    java -Djarmode=tools -jar "$JAR" extract --destination "$CDS_DIR" >/dev/null
    TRAIN=$(mktemp -d /tmp/trekant-cds.XXXXXX)
    ( cd "$TRAIN" && java $JAVA_OPTS -XX:ArchiveClassesAtExit="$CDS_DIR/trekant.jsa" -Dspring.context.exit=onRefresh \
        -jar "$CDS_DIR/trekant.jar" --spring.profiles.active=demo --server.port=0 > "$TRAIN/training.log" 2>&1 ) \
      || { tail -20 "$TRAIN/training.log"; exit 1; }
    rm -rf "$TRAIN"
  fi
  RUN_JAR=$CDS_DIR/trekant.jar
  CDS_ARGS="-XX:SharedArchiveFile=$CDS_DIR/trekant.jsa"
fi
WORK=$(mktemp -d /tmp/trekant-bench.XXXXXX)
chmod 755 "$WORK"
echo "$WORK" > target/bench-workdir
echo "$DB" > target/bench-db
ARGS=(--spring.profiles.active=demo --server.port="$PORT")
if [ "$DB" = postgres ]; then
  PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | tail -1)}
  AS=(); [ "$(id -u)" = 0 ] && AS=(runuser -u postgres --)
  mkdir -p "$WORK/pg" && chown "$( [ "$(id -u)" = 0 ] && echo postgres || id -un)" "$WORK/pg"
  "${AS[@]}" "$PGBIN/initdb" -D "$WORK/pg" -U postgres -A trust -E UTF8 >/dev/null
  "${AS[@]}" "$PGBIN/pg_ctl" -D "$WORK/pg" -o "-p $PG_PORT -k /tmp -c max_connections=200 -c shared_buffers=256MB" -l "$WORK/pg/log" -w start >/dev/null
  "${AS[@]}" "$PGBIN/createdb" -h localhost -p "$PG_PORT" -U postgres trekant
  echo "$PGBIN" > "$WORK/pgbin"
  ARGS=(--spring.profiles.active=postgres,demo --server.port="$PORT")
  export TREKANT_DB_URL="jdbc:postgresql://localhost:$PG_PORT/trekant" TREKANT_DB_USER=postgres TREKANT_DB_PASSWORD=postgres
fi
START=$(date +%s%N)
( cd "$WORK" && exec java $JAVA_OPTS $CDS_ARGS -jar "$RUN_JAR" "${ARGS[@]}" ${EXTRA_ARGS:-} > "$WORK/app.log" 2>&1 ) &
PID=$!
echo $PID > target/bench-trekant.pid
until curl -fsS "http://localhost:$PORT/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 $PID 2>/dev/null || { tail -40 "$WORK/app.log"; exit 1; }
  sleep 0.1
done
READY=$(( ($(date +%s%N) - START) / 1000000 ))
echo "Trekant ($DB) ready after ${READY} ms, pid $PID, log $WORK/app.log"
sleep "${IDLE_SECONDS:-20}"
RSS=$(( $(ps -o rss= -p $PID) / 1024 ))
echo "idle RSS ${RSS} MB"
printf '{"database":"%s","readyMs":%d,"idleRssMb":%d,"javaOpts":"%s","cds":"%s"}\n' "$DB" "$READY" "$RSS" "$JAVA_OPTS" "${CDS:-on}" > "target/bench-startup-$DB.json"
