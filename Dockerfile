# Build with the project's own Maven wrapper, run on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests \
  && java -Djarmode=tools -jar target/durable-weather-*.jar extract --destination /app --application-filename app.jar

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN useradd --system --uid 10001 weather
COPY --from=build /app /app
WORKDIR /app
# A training run on this image's own JVM, with the launch's flags: the app starts, serves one page and stops, leaving
# a class data sharing archive, so each launch maps those classes instead of loading them (docs/OPERATIONS.md,
# "Production launch").
COPY scripts/cds-training.sh /app/
RUN sh cds-training.sh -Xmx256m -XX:+UseSerialGC && rm cds-training.sh training.log
USER weather
# Replicas must share one Temporal Service: without TEMPORAL_ADDRESS the image refuses to start, instead of running a
# Temporal of its own that no other replica sees.
ENV WEATHER_TEMPORAL_REQUIRE_SERVICE=true
EXPOSE 8080
ENTRYPOINT ["java", "-XX:SharedArchiveFile=app.jsa", "-Xmx256m", "-XX:+UseSerialGC", "-jar", "app.jar"]
