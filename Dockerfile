# Builds the shop in Vaadin production mode and runs it against external PostgreSQL and Elasticsearch.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline -Pproduction
COPY src src
COPY search-index search-index
RUN ./mvnw -B -q -Pproduction -DskipTests package

FROM eclipse-temurin:25-jre
RUN useradd --system --create-home shop
USER shop
WORKDIR /home/shop
COPY --from=build /src/target/nttmart-online-*.jar app.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "app.jar"]
