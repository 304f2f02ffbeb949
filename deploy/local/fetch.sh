#!/usr/bin/env bash
# Fetch (once) the Apache Kafka jars from Maven Central and build FerretDB from its Go module.
# Both land in the cache folder outside the repository; a second run finds them and returns.
# PostgreSQL (only for TN_MONGO_BACKEND=postgresql) is not fetched: up.sh uses an installed one.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

fetch_kafka() {
  if [ -f "$KAFKA_LIBS/.complete" ]; then return 0; fi
  require_command mvn "download Apache Kafka $KAFKA_VERSION from Maven Central"
  say "downloading Apache Kafka $KAFKA_VERSION (KRaft) jars with Maven..."
  local work="$TN_CACHE_DIR/kafka-$KAFKA_VERSION.tmp"
  rm -rf "$work" && mkdir -p "$work"
  cat >"$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.tinhnguyen.local</groupId>
  <artifactId>kafka-runtime</artifactId>
  <version>1</version>
  <dependencies>
    <dependency>
      <groupId>org.apache.kafka</groupId>
      <artifactId>kafka_$KAFKA_SCALA</artifactId>
      <version>$KAFKA_VERSION</version>
    </dependency>
    <!-- Kafka 3.x logs through slf4j; reload4j is the binding its own distribution ships. -->
    <dependency>
      <groupId>org.slf4j</groupId>
      <artifactId>slf4j-reload4j</artifactId>
      <version>1.7.36</version>
    </dependency>
  </dependencies>
</project>
POM
  if ! mvn -q -B -f "$work/pom.xml" dependency:copy-dependencies \
      -DoutputDirectory="$work/libs" -DincludeScope=runtime >"$work/mvn.log" 2>&1; then
    print_log_tail "$work/mvn.log"
    fail "Maven could not download Apache Kafka $KAFKA_VERSION."
  fi
  mkdir -p "$(dirname "$KAFKA_LIBS")"
  rm -rf "$KAFKA_LIBS" && mv "$work/libs" "$KAFKA_LIBS" && rm -rf "$work"
  touch "$KAFKA_LIBS/.complete"
  say "Kafka jars cached ($(ls "$KAFKA_LIBS" | wc -l) files)."
}

fetch_ferretdb() {
  if [ -x "$FERRETDB_BIN" ]; then return 0; fi
  require_command go "build FerretDB $FERRETDB_VERSION from its Go module"
  say "building FerretDB $FERRETDB_VERSION from its Go module (about a minute on a cold machine)..."
  local module_dir work
  module_dir="$(go mod download -json "github.com/FerretDB/FerretDB@$FERRETDB_VERSION" \
    | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
  [ -n "$module_dir" ] && [ -d "$module_dir" ] || fail "the Go module proxy did not return FerretDB $FERRETDB_VERSION."
  # The module archive leaves build/version/version.txt empty (it is generated from git in
  # FerretDB's own tree) and the binary refuses to start without it, so build from a copy.
  work="$TN_CACHE_DIR/ferretdb-$FERRETDB_VERSION.src"
  rm -rf "$work" && cp -r "$module_dir" "$work" && chmod -R u+w "$work"
  echo "$FERRETDB_VERSION" >"$work/build/version/version.txt"
  mkdir -p "$(dirname "$FERRETDB_BIN")"
  if ! (cd "$work" && go build -trimpath -o "$FERRETDB_BIN.tmp" ./cmd/ferretdb) >"$work.log" 2>&1; then
    print_log_tail "$work.log"
    fail "go build of FerretDB $FERRETDB_VERSION failed."
  fi
  mv "$FERRETDB_BIN.tmp" "$FERRETDB_BIN"
  rm -rf "$work" "$work.log"
  say "FerretDB built ($("$FERRETDB_BIN" --version 2>/dev/null | head -n 1))."
}

mkdir -p "$TN_CACHE_DIR"
fetch_kafka
fetch_ferretdb
