#!/usr/bin/env bash
# The one test command (README, Quick start): installs what the tests need and the machine lacks, runs every test
# of CorpusGen.sln, and ends with the line "N passed, N failed". Exits non-zero when a test fails, the build fails,
# or no test ran. Arguments are passed to dotnet test (for example --filter).
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The tests need the .NET SDK named in global.json: https://dotnet.microsoft.com/download" >&2
  exit 1
fi

# The browser tests (tests/CorpusGen.BrowserTests) drive Chromium through ChromeDriver, as Debian packages them.
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "The browser tests need Chromium at /usr/bin/chromium and ChromeDriver at /usr/bin/chromedriver; install them and run this again." >&2
    exit 1
  fi

  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi

  echo "Installing chromium and chromium-driver for the browser tests (apt-get)"
  if ! { $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }; then
    echo "Could not install chromium and chromium-driver; install them with apt-get and run this again." >&2
    exit 1
  fi
fi

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT

dotnet test CorpusGen.sln --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0
failed=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  p="$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  f="$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")"
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

echo "${passed} passed, ${failed} failed"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
