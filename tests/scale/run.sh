#!/usr/bin/env bash
# Scale run (slow; not in CI): builds samples/CorpusReader against synthetic corpora of 1, 10, 50
# and 100 MB and prints build seconds and assembly size per MB, beside the floor: the same bytes as
# bare UTF-8 literals in an empty console project. Usage: bash tests/scale/run.sh [MB ...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1 10 50 100)
work="${CORPUSGEN_SCALE_DIR:-/tmp/corpusgen-scale}"
mkdir -p "$work"

dotnet build -c Release tests/CorpusGen.Synthesis -o "$work/synthesis" > /dev/null
dotnet build -c Release samples/CorpusReader > /dev/null   # restore and warm the build server

seconds() { echo "scale=1; ($(date +%s%N) - $1) / 1000000000" | bc; }

printf '%6s %10s %10s %12s %12s %10s %10s %8s\n' MB corpus_s s_per_MB dll_MB_per_MB floor_s floor_s/MB dll_MB ratio
for mb in "${sizes[@]}"; do
  corpus="$work/corpus-$mb"
  floor="$work/floor-$mb"
  [ -d "$corpus" ] || dotnet "$work/synthesis/CorpusGen.Synthesis.dll" "$corpus" "$mb" > /dev/null
  rm -rf "$floor" && dotnet "$work/synthesis/CorpusGen.Synthesis.dll" floor "$corpus" "$floor" > /dev/null
  bytes=$(du -sb "$corpus" | cut -f1)
  actual_mb=$(echo "scale=2; $bytes / 1048576" | bc)

  rm -rf samples/CorpusReader/obj/Release samples/CorpusReader/bin/Release
  start=$(date +%s%N)
  dotnet build -c Release samples/CorpusReader -p:CorpusGenFolder="$corpus" -p:TreatWarningsAsErrors=false > "$work/build-$mb.log"
  corpus_s=$(seconds "$start")
  dll=$(stat -c %s samples/CorpusReader/bin/Release/net10.0/CorpusReader.dll)

  start=$(date +%s%N)
  dotnet build -c Release "$floor/Floor.csproj" > "$work/floor-build-$mb.log"
  floor_s=$(seconds "$start")

  printf '%6s %10s %10s %12s %12s %10s %10s %8s\n' "$actual_mb" "$corpus_s" \
    "$(echo "scale=2; $corpus_s / $actual_mb" | bc)" \
    "$(echo "scale=2; $dll / 1048576 / $actual_mb" | bc)" \
    "$floor_s" "$(echo "scale=2; $floor_s / $actual_mb" | bc)" \
    "$(echo "scale=1; $dll / 1048576" | bc)" \
    "$(echo "scale=2; $corpus_s / $floor_s" | bc)"
done
