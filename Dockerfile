# MITPO production image: Payara Micro 6 (Jakarta EE 10, Java 17) running the WAR with the
# pre-boot configuration in domain-config/. No embedded database or bucket: configure
# MITPO_DB_*, MITPO_S3_* (see README.md) for real PostgreSQL and S3.
#
#   docker build -t mitpo .
#   docker run -p 8080:8080 -e MITPO_DB_URL=... -e MITPO_DB_USER=... mitpo

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY src src
RUN ./mvnw -q -B -Dmaven.test.skip=true package

FROM payara/micro:6.2025.10-jdk17
# The local image and video providers draw text with Java2D: it needs fontconfig and real fonts
# (the brand fonts offered are DejaVu, Liberation and Inter, falling back to DejaVu).
# Noto Color Emoji: names with emoji keep their colour glyphs wherever text is drawn on the
# server (Java2D itself draws no colour emoji yet; that is a later step).
USER root
RUN apt-get update && apt-get install -y --no-install-recommends fontconfig fonts-dejavu-core fonts-liberation \
    fonts-noto-color-emoji \
    && rm -rf /var/lib/apt/lists/*
USER payara
COPY --from=build /src/target/mitpo.war /opt/payara/deployments/ROOT.war
COPY domain-config/ /opt/payara/config/mitpo/
EXPOSE 8080
# The local embedding model unpacks its native tokenizer here on first use (no network needed).
ENV DJL_CACHE_DIR=/opt/payara/.djl.ai
# Cluster members find each other over TCP (never multicast): append for example
#   --clustermode tcpip:10.0.0.11:6900,10.0.0.12:6900 --interfaces 10.0.0.11
CMD ["--deploy", "/opt/payara/deployments/ROOT.war", "--contextroot", "/", \
     "--prebootcommandfile", "/opt/payara/config/mitpo/pre-boot-commands.asadmin", \
     "--disablephonehome"]
