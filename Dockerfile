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
COPY --from=build /src/target/trekant.jar /app/trekant.jar
USER trekant
EXPOSE 8080
# The same JVM settings as README's run command (idle RSS and start time are measured with them).
ENV JAVA_OPTS="-Xms64m -Xmx512m -XX:+UseSerialGC -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=64m -Duser.timezone=Europe/Copenhagen"
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 \
    CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/trekant.jar"]
