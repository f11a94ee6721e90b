# syntax=docker/dockerfile:1
#
# One image recipe for every deployable module: the build argument SERVICE names the module
# (events-service, petition-service, cases-service, notifications-service, gateway).
#
#   docker build --build-arg SERVICE=petition-service -t advocacy/petition-service .
#
# One file rather than one per module: the modules share the build (parent POM, contracts,
# messaging) and must share the same runtime (JRE, user, probe tool, JVM flags); a new service
# needs a compose entry, not a new Dockerfile.

# --- Build: the module and the modules it depends on, with the Maven version the wrapper pins ----
FROM maven:3.9.11-eclipse-temurin-17 AS build
ARG SERVICE
WORKDIR /workspace
COPY . .
# The Maven repository is a build cache shared by the five images, which compose may build at
# the same time: the resolver's file locks keep concurrent builds from corrupting it.
# The executable jar is then extracted into Spring Boot's layers (dependencies change less often
# than the application), each layer created even when empty so that the COPY lines below hold.
RUN --mount=type=cache,id=advocacy-maven-repository,target=/root/.m2/repository,sharing=shared \
    set -eu; \
    if [ -z "${SERVICE:-}" ] || [ ! -f "${SERVICE}/pom.xml" ]; then \
        echo "Build argument SERVICE must name a module of this repository, got '${SERVICE:-}'" >&2; \
        exit 1; \
    fi; \
    mvn --batch-mode --no-transfer-progress \
        -Daether.syncContext.named.factory=file-lock \
        -Daether.syncContext.named.nameMapper=file-gav \
        --projects "${SERVICE}" --also-make -DskipTests package; \
    jar="$(find "${SERVICE}/target" -maxdepth 1 -name '*.jar' \
        ! -name '*-sources.jar' ! -name '*-javadoc.jar' ! -name '*-tests.jar' ! -name '*-plain.jar')"; \
    if [ "$(printf '%s\n' "${jar}" | grep -c .)" -ne 1 ]; then \
        echo "Expected one executable jar in ${SERVICE}/target, found: ${jar}" >&2; \
        exit 1; \
    fi; \
    java -Djarmode=tools -jar "${jar}" extract --layers --launcher --destination /layers; \
    mkdir -p /layers/dependencies /layers/spring-boot-loader /layers/snapshot-dependencies /layers/application

# --- Runtime: a JRE, the extracted application, an unprivileged user -------------------------------
FROM eclipse-temurin:17-jre-noble AS runtime
ARG SERVICE
LABEL org.opencontainers.image.title="advocacy-${SERVICE}" \
      org.opencontainers.image.description="Advocacy platform: ${SERVICE}"

# curl answers the compose healthcheck (/actuator/health/readiness). The Temurin image ships it;
# install it should a future base image drop it.
RUN set -eu; \
    if ! command -v curl > /dev/null; then \
        apt-get update; \
        apt-get install -y --no-install-recommends curl; \
        rm -rf /var/lib/apt/lists/*; \
    fi; \
    groupadd --system --gid 10001 advocacy; \
    useradd --system --uid 10001 --gid advocacy --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin advocacy

WORKDIR /app
# Owned by root, readable by all: the service cannot change its own code.
COPY --from=build /layers/dependencies/ ./
COPY --from=build /layers/spring-boot-loader/ ./
COPY --from=build /layers/snapshot-dependencies/ ./
COPY --from=build /layers/application/ ./

USER 10001:10001
ENV SERVER_PORT=8080 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
