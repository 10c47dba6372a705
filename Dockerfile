# Builds and runs Trekant. Used by docker-compose.yml (PostgreSQL profile).
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY processes processes
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 trekant
WORKDIR /app
# The same JVM settings as README's run command (idle RSS and start time are measured with them).
ENV JAVA_OPTS="-Xms64m -Xmx512m -XX:+UseSerialGC -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=128m -Duser.timezone=Europe/Copenhagen"
COPY --from=build /src/target/trekant.jar /tmp/trekant.jar
# Class data sharing (CDS): the jar extracted, and an archive of the classes a start loads, recorded by a
# training start (demo profile, a throw-away H2 database, stops after the context is up). About a third off
# the start time (README, "Performance").
RUN java -Djarmode=tools -jar /tmp/trekant.jar extract --destination /app && rm /tmp/trekant.jar \
    && mkdir /tmp/training && cd /tmp/training \
    && java $JAVA_OPTS -XX:ArchiveClassesAtExit=/app/trekant.jsa -Dspring.context.exit=onRefresh \
       -jar /app/trekant.jar --spring.profiles.active=demo --server.port=0 \
    && cd / && rm -rf /tmp/training
USER trekant
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 \
    CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -XX:SharedArchiveFile=/app/trekant.jsa -jar /app/trekant.jar"]
