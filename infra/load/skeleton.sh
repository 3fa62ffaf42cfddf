#!/usr/bin/env bash
# Vaadin's walking skeleton (github.com/vaadin/walking-skeleton, its Flow variant: the task list), built and run
# OUTSIDE this repository as the reference of issue #19 ("heap per session and p95 no worse than the skeleton,
# measured the same way in the same run"). Nothing of it is kept in this repository: this script fetches it (or takes
# a checkout you give), builds it against the Vaadin and Spring Boot versions of our pom.xml in production mode, and
# runs it with an in-memory H2 database, as the skeleton does.
#
# Usage: infra/load/skeleton.sh build [--src DIR] [--dir DIR]       # DIR defaults to /tmp/skeleton
#        infra/load/skeleton.sh run [--dir DIR] [--port 8455]   # foreground, JVM defaults as infra/run.sh (JAVA_OPTS added)
#
# --src: a checkout of github.com/vaadin/walking-skeleton (default DIR/src; cloned there when missing and the
# machine can reach GitHub). The Flow skeleton is what the project's assembly (assembly/src/assembly/flow-skeleton.xml)
# makes of that checkout: its src/main/java without the Hilla parts (security/hilla, SecurityConfig) and its
# src/main/resources. The pom is written here: Spring Boot and Vaadin at our versions, vaadin-core (free components,
# as our production build), Spring Data JPA and H2, the vaadin-maven-plugin's build-frontend (production bundle).
# Offline: everything it needs is in ~/.m2 after one build of the portal (H2 2.3.232 too).
set -euo pipefail
cd "$(dirname "$0")/../.."
REPO=$PWD
. infra/jdk.sh

action="${1:-}"; shift || true
DIR=/tmp/skeleton SRC="" PORT=8455
while [ $# -gt 0 ]; do
  case "$1" in
    --src) SRC="$2"; shift 2 ;; --dir) DIR="$2"; shift 2 ;; --port) PORT="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
SRC="${SRC:-$DIR/src}"
BUILD="$DIR/build"
case "$DIR" in "$REPO"|"$REPO"/*) echo "refusing $DIR: build the skeleton outside the repository" >&2; exit 2 ;; esac

version() { # a property or the parent's version from our root pom
  sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$REPO/pom.xml" | head -n1
}

build() {
  if [ ! -d "$SRC/src/main/java" ]; then
    echo "no skeleton checkout at $SRC: cloning github.com/vaadin/walking-skeleton"
    git clone --depth 1 https://github.com/vaadin/walking-skeleton.git "$SRC"
  fi
  local boot vaadin
  boot=$(sed -n '/<parent>/,/<\/parent>/s:.*<version>\(.*\)</version>.*:\1:p' "$REPO/pom.xml" | head -n1)
  vaadin=$(version vaadin.version)
  rm -rf "$BUILD" && mkdir -p "$BUILD/src/main"
  cp -r "$SRC/src/main/java" "$SRC/src/main/resources" "$BUILD/src/main/"
  rm -rf "$BUILD/src/main/java/com/example/application/security/hilla" \
    "$BUILD/src/main/java/com/example/application/SecurityConfig.java"
  cat > "$BUILD/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
    <modelVersion>4.0.0</modelVersion>
    <!-- Vaadin's walking skeleton (Flow), written by klusterportalen's infra/load/skeleton.sh for issue #19 -->
    <parent>
        <groupId>org.springframework.boot</groupId>
        <artifactId>spring-boot-starter-parent</artifactId>
        <version>$boot</version>
        <relativePath/>
    </parent>
    <groupId>com.example.application</groupId>
    <artifactId>walking-skeleton</artifactId>
    <version>1.0-SNAPSHOT</version>
    <properties>
        <java.version>21</java.version>
        <vaadin.version>$vaadin</vaadin.version>
        <!-- the H2 in the offline ~/.m2 (Boot manages a newer one) -->
        <h2.version>${SKELETON_H2:-2.3.232}</h2.version>
    </properties>
    <dependencyManagement>
        <dependencies>
            <dependency>
                <groupId>com.vaadin</groupId>
                <artifactId>vaadin-bom</artifactId>
                <version>\${vaadin.version}</version>
                <type>pom</type>
                <scope>import</scope>
            </dependency>
        </dependencies>
    </dependencyManagement>
    <dependencies>
        <dependency>
            <groupId>com.vaadin</groupId>
            <artifactId>vaadin-core</artifactId>
            <exclusions>
                <exclusion>
                    <groupId>com.vaadin</groupId>
                    <artifactId>vaadin-dev</artifactId>
                </exclusion>
            </exclusions>
        </dependency>
        <dependency>
            <groupId>com.vaadin</groupId>
            <artifactId>vaadin-spring-boot-starter</artifactId>
        </dependency>
        <dependency>
            <groupId>org.springframework.boot</groupId>
            <artifactId>spring-boot-starter-data-jpa</artifactId>
        </dependency>
        <dependency>
            <groupId>com.h2database</groupId>
            <artifactId>h2</artifactId>
            <version>\${h2.version}</version>
        </dependency>
    </dependencies>
    <build>
        <plugins>
            <plugin>
                <groupId>org.springframework.boot</groupId>
                <artifactId>spring-boot-maven-plugin</artifactId>
            </plugin>
            <plugin>
                <groupId>com.vaadin</groupId>
                <artifactId>vaadin-maven-plugin</artifactId>
                <version>\${vaadin.version}</version>
                <executions>
                    <execution>
                        <goals>
                            <goal>build-frontend</goal>
                        </goals>
                    </execution>
                </executions>
            </plugin>
        </plugins>
    </build>
</project>
EOF
  echo "building the walking skeleton in $BUILD (Spring Boot $boot, Vaadin $vaadin, production mode)"
  (cd "$BUILD" && MAVEN_OPTS="${MAVEN_OPTS:---sun-misc-unsafe-memory-access=allow}" \
    "$REPO/mvnw" -B -q -o -DskipTests package)
  ls "$BUILD"/target/walking-skeleton-*.jar
}

run() {
  local jar
  jar=$(ls "$BUILD"/target/walking-skeleton-*.jar 2>/dev/null | head -n1)
  [ -n "$jar" ] || { echo "no skeleton jar in $BUILD/target: run '$0 build' first" >&2; exit 1; }
  exec "$JAVA_HOME/bin/java" ${JAVA_OPTS:-} -jar "$jar" --server.port="$PORT"
}

case "$action" in
  build) build ;;
  run) run ;;
  *) sed -n '2,17p' "$0"; exit 2 ;;
esac
