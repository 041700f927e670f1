#!/usr/bin/env bash
# The whole test suite, from a fresh Debian machine with Node 20 (run as root):
# installs the Debian packages the tests need, the npm dependencies, builds the web app, then runs
# unit + integration tests on SQLite, the integration tests again on PostgreSQL when one is reachable,
# and the browser tests in Debian's Chromium. Ends with one line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES="tesseract-ocr tesseract-ocr-vie poppler-utils chromium fonts-dejavu-core fonts-liberation2 python3"
missing=""
for p in $APT_PACKAGES; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ]; then
  if [ "$(id -u)" = "0" ]; then
    echo "Cài gói Debian:$missing"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing) >/tmp/tct-apt.log 2>&1 || { echo "apt-get thất bại, xem /tmp/tct-apt.log"; tail -20 /tmp/tct-apt.log; }
  else
    echo "Thiếu gói Debian:$missing (cần quyền root để cài)"
  fi
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund || exit 1
fi
npx vite build --config web/vite.config.ts --logLevel warn || exit 1

results=$(mktemp -d)
# Type-check and lint first: each counts as one failure when it does not pass (no JSON report).
check() { # name, then the command
  local name=$1; shift
  echo "=== $name ==="
  "$@"
  echo $? > "$results/$name.rc"
}
check typecheck npx tsc --noEmit -p tsconfig.json
check lint npx biome ci --error-on-warnings .

run() { # name, then the vitest arguments
  local name=$1; shift
  echo "=== $name ==="
  npx vitest run "$@" --reporter=default --reporter=json --outputFile="$results/$name.json"
  echo $? > "$results/$name.rc"
}

run sqlite
pg_url="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
if node -e "const c=new (require('pg').Client)({connectionString:process.argv[1],connectionTimeoutMillis:3000});c.connect().then(()=>c.end()).then(()=>process.exit(0),()=>process.exit(1))" "$pg_url" 2>/dev/null; then
  TEST_DATABASE_URL="$pg_url" run postgres test/
else
  echo "=== postgres: không kết nối được $pg_url — bỏ qua lượt chạy trên PostgreSQL ==="
fi
run e2e -c vitest.e2e.config.ts

node -e '
const fs = require("fs"); const dir = process.argv[1];
let passed = 0, failed = 0;
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".rc"))) {
  const name = f.slice(0, -3);
  const rc = Number(fs.readFileSync(dir + "/" + f, "utf8"));
  if (!fs.existsSync(dir + "/" + name + ".json")) { if (rc !== 0) { console.log(`${name}: vitest exited ${rc} without a report`); failed++; } continue; }
  const r = JSON.parse(fs.readFileSync(dir + "/" + name + ".json", "utf8"));
  passed += r.numPassedTests; failed += r.numFailedTests;
  // A suite that failed to load counts as a failure even though none of its tests ran.
  failed += r.testResults.filter((s) => s.status === "failed" && s.assertionResults.every((a) => a.status !== "failed")).length;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
' "$results"
