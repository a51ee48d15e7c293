# Builds the shop in Vaadin production mode and runs it against external PostgreSQL and Elasticsearch
# (docker-compose.yml, docs/deploy.md).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline -Pproduction
COPY src src
COPY search-index search-index
RUN ./mvnw -B -q -Pproduction -DskipTests package

FROM eclipse-temurin:25-jre
# curl for the container health check (readiness on the management port); the JRE image does not promise one.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --create-home shop
USER shop
WORKDIR /home/shop
COPY --from=build /src/target/nttmart-online-*.jar app.jar
# 8080: the shop; 8081: Actuator (health, readiness, Prometheus) when MANAGEMENT_SERVER_PORT=8081, never published.
EXPOSE 8080 8081
HEALTHCHECK --interval=10s --timeout=5s --start-period=180s --retries=3 \
    CMD curl -fs -o /dev/null "http://localhost:${MANAGEMENT_SERVER_PORT:-8080}/actuator/health/readiness" || exit 1
# exec form: java is PID 1 and gets Docker's SIGTERM, so server.shutdown=graceful can finish open requests.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "app.jar"]
