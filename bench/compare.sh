#!/usr/bin/env bash
# Caresheet against what users would pick instead, on the same files in one run, as one table
# (docs/PERFORMANCE.md records a run and says which goals are met).
#
#   bench/compare.sh            # the full run: corpora, end-to-end pairs, JMH, the memory check
#   bench/compare.sh --quick    # fewer pairs and shorter JMH iterations, to try the script out
#
# It builds the CLI jar and the benchmarks, installs ajv-cli into bench/node_modules with npm,
# writes the corpora (2,000, 200 and 10,000 realistic documents of 10-30 KB, seed 1) into
# bench/target/, runs the end-to-end comparisons interleaved (A B A B ..., medians and the ratio
# of each pair), then the JMH suite with the allocation profiler, then `caresheet validate` over
# 10,000 documents in a 128 MB heap, lint and import, the site build against Hugo (installed with
# apt when run as root), the live preview in Chromium (when ./run-tests has installed it), and
# prints the table. Needs Java 17, Maven, Node 18+ and npm.
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$bench/.." && pwd)"
out="$bench/target/compare"
quick=0
[ "${1:-}" = "--quick" ] && quick=1
if [ "$quick" = 1 ]; then
  pairs=5; jmh=(-f 1 -wi 2 -w 1 -i 3 -r 1)
else
  pairs=7; jmh=(-f 1 -wi 3 -w 2 -i 5 -r 2)
fi

say() { echo "compare: $*" >&2; }

# --- The machine ---------------------------------------------------------------------------------
say "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"\
" $(free -m | awk '/^Mem:/ {print $2}') MB memory, load average $(cut -d' ' -f1-3 /proc/loadavg)"
say "$(java -version 2>&1 | sed -n 1p); node $(node --version)"

# --- Build ---------------------------------------------------------------------------------------
say "building the CLI jar and the benchmarks ..."
(cd "$root" && mvn -B -ntp -q -Dstyle.color=never -DskipTests -pl cli,bench -am package \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime) >&2
cp="$bench/target/classes:$(cat "$bench/target/classpath.txt")"
mkdir -p "$out"

# The launcher records its class-data archive on its first run after a build; do it now, untimed.
"$root/caresheet" --help > /dev/null

# An empty main class: the floor of a JVM start.
mkdir -p "$out/empty"
printf 'public class Empty {\n  public static void main(String[] args) {}\n}\n' > "$out/empty/Empty.java"
javac -d "$out/empty" "$out/empty/Empty.java"

# --- ajv-cli, into bench/node_modules ------------------------------------------------------------
if [ ! -x "$bench/node_modules/.bin/ajv" ]; then
  say "installing ajv-cli into bench/node_modules ..."
  (cd "$bench" && npm ci --no-audit --no-fund --loglevel=error) >&2
fi
ajv="$bench/node_modules/.bin/ajv"
schema="$root/schemas/condition.schema.json"
# ajv in strict mode refuses our schema's own keywords (x-version, patternErrorMessage,
# errorMessage): --strict=false turns off only those schema-authoring checks, not any validation.
# ajv-formats makes `format: date` an assertion, as Caresheet's validator does; --all-errors
# collects every error, as Caresheet does.
ajv_validate=("$ajv" validate --spec=draft2020 --strict=false --all-errors -c ajv-formats -s "$schema")

# --- Corpora -------------------------------------------------------------------------------------
corpus() {
  local n=$1 dir="$bench/target/corpus-$1"
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir"
    java -cp "$cp" dev.caresheet.bench.Corpus --count "$n" --seed 1 --format json --out "$dir" >&2
    touch "$dir/.complete"
  fi
}
corpus 2000
corpus 200

# --- End to end, interleaved ---------------------------------------------------------------------
e2e="$out/end-to-end.jsonl"
: > "$e2e"
pair() {
  node "$bench/scripts/interleave.mjs" --pairs "$pairs" --json "$e2e" "$@" >&2
}
cd "$root"
pair --label validate-2000 --title 'caresheet validate, 2,000 files (wall, cold JVM)' \
  --note "vs ajv-cli $(node -p "require('$bench/node_modules/ajv-cli/package.json').version") (ajv $(node -p "require('$bench/node_modules/ajv/package.json').version")), same schema and files" \
  --a "./caresheet validate bench/target/corpus-2000" \
  --b "${ajv_validate[*]} -d 'bench/target/corpus-2000/*.json'"
pair --label validate-200 --title 'caresheet validate, 200 files (wall, cold JVM)' \
  --note 'vs ajv-cli, same schema and files' \
  --a "./caresheet validate bench/target/corpus-200" \
  --b "${ajv_validate[*]} -d 'bench/target/corpus-200/*.json'"
pair --label version --title 'caresheet --version (wall)' \
  --note 'vs java running an empty main class' \
  --a "./caresheet --version" \
  --b "java -cp $out/empty Empty"
pair --label launcher --title 'launcher vs plain java -jar, validate 200 files' \
  --note 'what the start-up work buys: B is java -jar cli/target/caresheet.jar with default flags' \
  --a "./caresheet validate bench/target/corpus-200" \
  --b "java -jar cli/target/caresheet.jar validate bench/target/corpus-200"
# The launcher on JDK 25 (its AOT cache, recorded once per build like the archive) against the
# launcher on the default JDK 17 (AppCDS). Left out when no JDK 25 is installed.
jdk25="${CARESHEET_JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if [ -x "$jdk25/bin/java" ]; then
  CARESHEET_JAVA="$jdk25" ./caresheet --help > /dev/null # records caresheet.aot, untimed
  for n in 2000 200; do
    pair --label "jdk25-$n" --title "caresheet validate, $n files, on JDK 25 with its AOT cache (wall)" \
      --note 'vs the launcher on JDK 17 with its AppCDS archive (the default)' \
      --a "CARESHEET_JAVA=$jdk25 ./caresheet validate bench/target/corpus-$n" \
      --b "./caresheet validate bench/target/corpus-$n"
  done
else
  say "no JDK 25 at $jdk25 (CARESHEET_JDK25): the JDK 25 rows are left out"
fi

# --- JMH -----------------------------------------------------------------------------------------
say "running the JMH suite (${jmh[*]}, -prof gc) ..."
java -cp "$cp" org.openjdk.jmh.Main 'ValidateBenchmark|RenderBenchmark' "${jmh[@]}" -prof gc \
  -rf json -rff "$out/jmh.json" > "$out/jmh.txt"

# --- Memory: 10,000 documents in a 128 MB heap ---------------------------------------------------
corpus 10000
say "validating 10,000 documents with -Xmx128m ..."
memory="$out/memory.json"
start=$(date +%s.%N)
set +e
if [ -x /usr/bin/time ]; then
  CARESHEET_JAVA_OPTS=-Xmx128m /usr/bin/time -f '%M' -o "$out/memory.rss" \
    ./caresheet validate bench/target/corpus-10000 > "$out/memory.out" 2>&1
  code=$?
  rss=$(tail -1 "$out/memory.rss")
else
  CARESHEET_JAVA_OPTS=-Xmx128m ./caresheet validate bench/target/corpus-10000 > "$out/memory.out" 2>&1
  code=$?
  rss=0
fi
set -e
end=$(date +%s.%N)
summary=$(tail -1 "$out/memory.out")
node -e "console.log(JSON.stringify({files: 10000, exit: $code, seconds: $end - $start, maxRssKb: $rss, summary: process.argv[1]}))" "$summary" > "$memory"

# --- Editorial checks and import ---------------------------------------------------------------
# lint validates first, so each pair shows what the editorial checks add to validate. The 10,000
# file pair runs twice (each side about 10-40 s); its goal is lint's own wall time.
pair --label lint-2000 --title 'caresheet lint, 2,000 files (wall, cold JVM)' \
  --note 'vs caresheet validate of the same files: what the editorial checks add' \
  --a "./caresheet lint bench/target/corpus-2000" \
  --b "./caresheet validate bench/target/corpus-2000"
node "$bench/scripts/interleave.mjs" --pairs 2 --warmup 0 --json "$e2e" --label lint-10000 \
  --title 'caresheet lint, 10,000 files (wall, cold JVM)' \
  --note 'vs caresheet validate of the same files' \
  --a "./caresheet lint bench/target/corpus-10000" \
  --b "./caresheet validate bench/target/corpus-10000" >&2
# The six real articles of ../shared (the 43 MedlinePlus summaries are one file): import to drafts,
# against validating those drafts.
real="$root/../shared/data/real-articles"
if [ -d "$real" ]; then
  drafts="$out/import-drafts"
  rm -rf "$drafts"
  ./caresheet import "$real"/*.json "$real"/*.html --out "$drafts" > /dev/null
  pair --label import-real --title 'caresheet import, the six real articles (48 drafts)' \
    --note 'vs caresheet validate of the drafts it writes' \
    --a "./caresheet import $real/*.json $real/*.html --out $drafts --force" \
    --b "./caresheet validate $drafts"
else
  say "no $real beside the checkout: the import row is left out"
fi

# --- The site build against Hugo -----------------------------------------------------------------
# Hugo (Debian's package, installed here when this runs as root) builds the same 10,000 documents
# as content files prepared by HugoContent (bench/hugo/README.md), with templates that print
# Caresheet's markup (HugoParityTest). Both build into empty directories from copies of the
# content, so that the rebuild rows can edit one document: it gets a new name, which changes its
# page, the index and the pages that relate to it. Caresheet rebuilds from its cache; Hugo's
# command-line build has no such cache and builds every page again.
if ! command -v hugo > /dev/null && [ "$(id -u)" = "0" ] && command -v apt-get > /dev/null; then
  say "installing Debian's hugo ..."
  (export DEBIAN_FRONTEND=noninteractive && apt-get update -qq && apt-get install -y -qq hugo) >&2
fi
if command -v hugo > /dev/null; then
  hugo_version=$(hugo version | cut -d' ' -f2)
  hugo_site="$bench/target/hugo-10000"
  if [ ! -f "$hugo_site/.complete" ]; then
    rm -rf "$hugo_site"
    (cd "$bench" && java -cp "$cp" dev.caresheet.bench.HugoContent \
      --in "$bench/target/corpus-10000" --out "$hugo_site") >&2
    touch "$hugo_site/.complete"
  fi
  src="$out/site-content"
  hugo_src="$out/hugo-content"
  rm -rf "$src" "$hugo_src" "$out/site-10000" "$out/site-cache" "$out/hugo-public"
  cp -r "$bench/target/corpus-10000" "$src" && rm -f "$src/.complete"
  cp -r "$hugo_site" "$hugo_src"
  node "$bench/scripts/interleave.mjs" --pairs 2 --warmup 0 --json "$e2e" --label site-10000 \
    --title 'caresheet site, 10,000 documents, full build into an empty directory (wall)' \
    --note "vs hugo $hugo_version --quiet on the same documents as content files (no JSON-LD)" \
    --a "rm -rf $out/site-10000 $out/site-cache && ./caresheet site $src --out $out/site-10000 --cache $out/site-cache" \
    --b "rm -rf $out/hugo-public && hugo --quiet --source $hugo_src --destination $out/hugo-public" >&2
  documents=("$src"/*.json) # the first document (no pipe into head: pipefail would end the run)
  one=$(basename "${documents[0]}")
  node "$bench/scripts/interleave.mjs" --pairs "$([ "$quick" = 1 ] && echo 2 || echo 3)" --warmup 0 \
    --json "$e2e" --label site-rebuild --title 'caresheet site, 10,000 documents, rebuild after one document is renamed (wall)' \
    --note "vs hugo $hugo_version --quiet, which builds every page again" \
    --a "node $bench/scripts/rename-one.mjs $src/$one name && ./caresheet site $src --out $out/site-10000 --cache $out/site-cache" \
    --b "node $bench/scripts/rename-one.mjs $hugo_src/content/${one%.json}.md title && hugo --quiet --source $hugo_src --destination $out/hugo-public" >&2
else
  say "no hugo, and no root apt-get to install it: the Hugo rows are left out"
fi

# --- The live preview: save to reloaded page -----------------------------------------------------
serve="$out/serve.json"
rm -f "$serve"
# Debian's Chromium and browser/node_modules, as ./run-tests installs them (never a downloaded browser).
if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ] && [ "$(id -u)" = "0" ] && command -v apt-get > /dev/null; then
  say "installing Debian's chromium ..."
  (export DEBIAN_FRONTEND=noninteractive && apt-get update -qq \
    && apt-get install -y -qq chromium fonts-dejavu-core) >&2
fi
if [ ! -d "$root/browser/node_modules/playwright-core" ]; then
  (cd "$root/browser" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error) >&2 || true
fi
if [ -d "$root/browser/node_modules/playwright-core" ] && [ -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  corpus 1000
  node "$bench/serve-reload.mjs" "$root/cli/target/caresheet.jar" "$bench/target/corpus-1000" \
    --rounds "$([ "$quick" = 1 ] && echo 6 || echo 20)" --json "$serve" >&2
else
  say "no browser/node_modules or Chromium, and they could not be installed: the serve row is left out"
fi

# --- The table -----------------------------------------------------------------------------------
echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(free -m | awk '/^Mem:/ {print $2}') MB; $(java -version 2>&1 | sed -n 1p); node $(node --version); load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
echo
node "$bench/scripts/table.mjs" "$e2e" "$out/jmh.json" "$memory" "$serve"
