#!/usr/bin/env bash
# The corpus in its own class library (slow; not in CI): builds samples/NewsApp, which references
# samples/NewsLibrary, over a synthetic corpus of MB megabytes and over a one-article corpus, then times
# the app's rebuild after a code edit (Program.cs touched) ROUNDS times each. The bar: the rebuild with
# the large corpus takes at most 1.2 times the rebuild with the small one.
# Usage: bash tests/scale/library.sh [MB] [ROUNDS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

mb="${1:-10}"
rounds="${2:-3}"
work="${CORPUSGEN_SCALE_DIR:-/tmp/corpusgen-scale}"
mkdir -p "$work"
dotnet build -c Release tests/CorpusGen.Synthesis -o "$work/synthesis" > /dev/null

large="$work/corpus-$mb"
small="$work/corpus-one"
[ -d "$large" ] || dotnet "$work/synthesis/CorpusGen.Synthesis.dll" "$large" "$mb" > /dev/null
mkdir -p "$small"
printf 'Harbour bridge reopens\n\n\xe2\x80\x9cWe are open again,\xe2\x80\x9d said Mayor Ines Ortega.\n' > "$small/bridge.txt"

millis() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }

for corpus in "$large" "$small"; do
  artifacts="$work/library-artifacts-$(basename "$corpus")"
  rm -rf "$artifacts"
  start=$(date +%s%N)
  dotnet build -c Release samples/NewsApp --artifacts-path "$artifacts" -p:CorpusGenFolder="$corpus" -p:TreatWarningsAsErrors=false > "$work/library-first.log"
  echo "$(basename "$corpus"): first build $(millis "$start") ms"
  for round in $(seq "$rounds"); do
    touch samples/NewsApp/Program.cs
    start=$(date +%s%N)
    dotnet build -c Release samples/NewsApp --artifacts-path "$artifacts" -p:CorpusGenFolder="$corpus" -p:TreatWarningsAsErrors=false > "$work/library-rebuild.log"
    echo "$(basename "$corpus"): app rebuild after a code edit $(millis "$start") ms"
  done
done
