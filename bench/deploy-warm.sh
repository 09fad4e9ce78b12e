#!/usr/bin/env bash
# What a deploy runner sees, at a given archive: a fresh checkout has no output
# folder, and either no cache (cold) or the cache the last deploy saved,
# restored (warm), or that cache after one article was edited (the
# `restore-keys` case). Each build runs `npm run build` under GNU time, with
# DATELINE_CACHE_DIR pointing at a copy of the saved cache, as actions/cache or
# a host's build cache would restore it. docs/publishing.md has the figures.
#
#   bench/deploy-warm.sh <content folder> <scratch folder> [rounds]
#
# The content folder is left as it is; the edit is made on a copy.
set -euo pipefail
content=$(realpath "$1"); scratch=$2; rounds=${3:-2}
cd "$(dirname "$0")/.."
mkdir -p "$scratch"; scratch=$(realpath "$scratch")

build() { # <label> <content> <cache>
  local out="$scratch/out-$1"
  rm -rf "$out"  # a fresh runner: no previous site
  uptime | sed "s/^/[$1] /"
  DATELINE_CACHE_DIR="$3" /usr/bin/time -v npm run build --silent -- --quiet --input="$2" --output="$out/_site" 2>"$scratch/$1.time" >/dev/null
  printf '[%s] wall %s  max RSS %s kB  user %s s  sys %s s\n' "$1" \
    "$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$scratch/$1.time")" \
    "$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$scratch/$1.time")" \
    "$(sed -n 's/.*User time (seconds): //p' "$scratch/$1.time")" \
    "$(sed -n 's/.*System time (seconds): //p' "$scratch/$1.time")"
}

# The edited archive: one article's body changed, as an editor's fix would.
rm -rf "$scratch/edited"; cp -a "$content" "$scratch/edited"
first=$(find "$scratch/edited/articles" -name '*.md' | sort | sed -n 1p)
printf '\nA correction added in the deploy benchmark.\n' >>"$first"

for round in $(seq 1 "$rounds"); do
  rm -rf "$scratch/cache-saved"
  build "cold-$round" "$content" "$scratch/cache-saved"   # fills the cache a deploy would save
  rm -rf "$scratch/cache-run"; cp -a "$scratch/cache-saved" "$scratch/cache-run"
  build "warm-$round" "$content" "$scratch/cache-run"
  rm -rf "$scratch/cache-run"; cp -a "$scratch/cache-saved" "$scratch/cache-run"
  build "edited-$round" "$scratch/edited" "$scratch/cache-run"
done
du -sh "$scratch/cache-saved" | sed 's/^/cache size: /'
