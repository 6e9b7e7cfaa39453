#!/usr/bin/env bash
# Measures status-atlas's budgets and prints them as a Markdown table on standard output.
#
#   scripts/budgets.sh                 # binary-size budget (release, LTO, stripped)
#   scripts/budgets.sh --build-cost    # also the build-time cost in a small axum app (slow)
#   scripts/budgets.sh --build-cost --no-size
#   scripts/budgets.sh --build-cost --clean-runs 3   # median of 3 clean builds (default 1)
#   scripts/budgets.sh --rev HEAD      # measure a commit (exported with `git archive` under
#                                      # target/budgets/) instead of the working tree
#
# Everything it writes is under target/budgets/: throwaway cargo projects that depend on this
# crate by path (each its own workspace), their target directories and build logs. Progress goes
# to standard error; the tables go to standard output.
#
# Size budget: the bytes a release binary gains from `Status::from_u16(n).map(Status::reason)`
# over a baseline binary should be at most 16 KiB.
#
# Build cost: builds run with `-j 1` (CARGO_BUILD_JOBS=1, override with BUDGETS_JOBS) so that
# they disturb other work on the machine as little as possible and are comparable between runs.
set -euo pipefail

usage() {
    sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'
}

size=1
build_cost=0
rev=""
clean_runs=1
while (($#)); do
    case "$1" in
        --build-cost) build_cost=1 ;;
        --no-size) size=0 ;;
        --rev)
            [[ $# -ge 2 ]] || { echo "budgets.sh: --rev needs a commit" >&2; exit 2; }
            rev="$2"
            shift
            ;;
        --clean-runs)
            [[ $# -ge 2 && "$2" =~ ^[1-9][0-9]*$ ]] || { echo "budgets.sh: --clean-runs needs a positive number" >&2; exit 2; }
            clean_runs="$2"
            shift
            ;;
        -h | --help) usage; exit 0 ;;
        *) echo "budgets.sh: unknown argument '$1' (try --help)" >&2; exit 2 ;;
    esac
    shift
done

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$repo/target/budgets"
logs="$out/logs"
jobs="${BUDGETS_JOBS:-1}"
budget_kib=16
mkdir -p "$logs"

log() { echo "budgets: $*" >&2; }
now() { date +%s.%N; }
# Seconds between two `now` readings, to two decimals.
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
kib() { awk -v n="$1" 'BEGIN { printf "%.1f", n / 1024 }'; }
# The median of the numbers given (the lower middle one for an even count).
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# new_project DIR NAME DEPENDENCIES PROFILE MAIN_RS: a throwaway binary crate in its own
# workspace. It starts from the repository's Cargo.lock so that status-atlas's dependencies are
# the versions the repository pins; cargo drops what the project does not use.
new_project() {
    local dir="$1" name="$2" deps="$3" profile="$4" main_rs="$5"
    mkdir -p "$dir/src"
    cat >"$dir/Cargo.toml" <<EOF
[package]
name = "$name"
version = "0.0.0"
edition = "2024"
publish = false

# Its own workspace, not a member of status-atlas's.
[workspace]

[dependencies]
$deps
$profile
EOF
    printf '%s\n' "$main_rs" >"$dir/src/main.rs"
    rm -f "$dir/Cargo.lock"
    if [[ -f "$crate/Cargo.lock" ]]; then
        cp "$crate/Cargo.lock" "$dir/Cargo.lock"
    fi
}

# The crate measured: the working tree, or a commit exported read-only from git (so that edits
# in the working tree while the script runs cannot change the figures).
crate="$repo"
measured=""
if [[ -n "$rev" ]]; then
    sha="$(git -C "$repo" rev-parse --verify --quiet "$rev^{commit}")" || { echo "budgets.sh: no commit '$rev'" >&2; exit 2; }
    crate="$out/src-${sha:0:12}"
    if [[ ! -f "$crate/Cargo.toml" ]]; then
        rm -rf "$crate"
        mkdir -p "$crate"
        git -C "$repo" archive --format=tar "$sha" | tar -x -C "$crate"
    fi
    log "measuring commit ${sha:0:12}, exported to $crate"
    measured="commit \`${sha:0:12}\`"
else
    measured="the working tree at $repo"
fi
dep_atlas="status-atlas = { path = \"$crate\" }"

# ---------------------------------------------------------------------------------------------
# Binary size
# ---------------------------------------------------------------------------------------------

release_profile='
[profile.release]
opt-level = 3
strip = true
lto = true
codegen-units = 1
panic = "abort"'

main_baseline='fn main() {
    // A literal chosen by the argument count, so the print is not optimized away.
    let text = if std::env::args().count() > 1 { "some arguments" } else { "no arguments" };
    println!("{text}");
}'

# Not one of the budget figures: what reading a u16 from argv and printing it costs without
# status-atlas, so that b - a can be split between the program and the crate.
main_parse='fn main() {
    let code: u16 = std::env::args().nth(1).and_then(|arg| arg.parse().ok()).unwrap_or(0);
    println!("{code}");
}'

main_from_u16='use status_atlas::Status;

fn main() {
    let code: u16 = std::env::args().nth(1).and_then(|arg| arg.parse().ok()).unwrap_or(0);
    match Status::from_u16(code).map(Status::reason) {
        Some(reason) => println!("{reason}"),
        None => println!("unknown"),
    }
}'

main_lookup='use status_atlas::Status;

fn main() {
    let text = std::env::args().nth(1).unwrap_or_default();
    let Some(status) = Status::lookup(&text) else {
        println!("unknown");
        return;
    };
    println!("{} {}", status.code(), status.reason());
    println!("{}", status.summary());
    println!("{}", status.description());
    if let Some(spec) = status.spec() {
        println!("{} {} {}", spec.document, spec.section.unwrap_or("-"), spec.url);
    }
    for alias in status.aliases() {
        println!("{}: {}", alias.ecosystem.name(), alias.name);
    }
}'

# Not a budget figure either: `lookup` alone, printing only the code, to see what parsing text
# costs apart from the record's fields.
main_lookup_code='use status_atlas::Status;

fn main() {
    let text = std::env::args().nth(1).unwrap_or_default();
    match Status::lookup(&text) {
        Some(status) => println!("{}", status.code()),
        None => println!("unknown"),
    }
}'

# build_size NAME: builds target/budgets/size/NAME in release and prints the binary's path.
build_size() {
    local name="$1" dir="$out/size/$1"
    log "release build of $name"
    (cd "$dir" && CARGO_BUILD_JOBS="$jobs" cargo build -j "$jobs" --release --quiet --target-dir "$out/size-target") >"$logs/size-$name.log" 2>&1 || {
        cat "$logs/size-$name.log" >&2
        exit 1
    }
    echo "$out/size-target/release/budget-$name"
}

# section_bytes BINARY SECTION...: the total size of these ELF sections (0 where absent).
section_bytes() {
    local binary="$1"
    shift
    size -A "$binary" | awk -v list="$*" '
        BEGIN { n = split(list, want, " "); for (i = 1; i <= n; i++) keep[want[i]] = 1 }
        ($1 in keep) { total += $2 }
        END { print total + 0 }'
}

# contains BINARY TEXT: "yes" if the binary holds the text verbatim.
contains() {
    if [[ -n "$2" ]] && grep -q -a -F -- "$2" "$1"; then echo yes; else echo no; fi
}

if ((size)); then
    new_project "$out/size/baseline" budget-baseline "" "$release_profile" "$main_baseline"
    new_project "$out/size/parse" budget-parse "" "$release_profile" "$main_parse"
    new_project "$out/size/from_u16" budget-from_u16 "$dep_atlas" "$release_profile" "$main_from_u16"
    new_project "$out/size/lookup" budget-lookup "$dep_atlas" "$release_profile" "$main_lookup"
    new_project "$out/size/lookup_code" budget-lookup_code "$dep_atlas" "$release_profile" "$main_lookup_code"

    bin_baseline="$(build_size baseline)"
    bin_parse="$(build_size parse)"
    bin_from_u16="$(build_size from_u16)"
    bin_lookup="$(build_size lookup)"
    bin_lookup_code="$(build_size lookup_code)"

    # Smoke-test the binaries so that a broken one is not measured.
    [[ "$("$bin_from_u16" 204)" == "No Content" ]] || { echo "budgets: from_u16 binary misbehaves" >&2; exit 1; }
    [[ "$("$bin_lookup" "not found" | head -n 1)" == "404 Not Found" ]] || { echo "budgets: lookup binary misbehaves" >&2; exit 1; }
    [[ "$("$bin_lookup_code" "not found")" == "404" ]] || { echo "budgets: lookup_code binary misbehaves" >&2; exit 1; }

    a=$(stat -c %s "$bin_baseline")
    p=$(stat -c %s "$bin_parse")
    b=$(stat -c %s "$bin_from_u16")
    c=$(stat -c %s "$bin_lookup")
    l=$(stat -c %s "$bin_lookup_code")
    limit=$((budget_kib * 1024))
    if ((b - a <= limit)); then verdict="met"; else verdict="**not met**"; fi

    # Whether a record's long text made it into the binary: 204's summary, and an alias.
    summary_204="$(sed -n 's/^summary = "\(.*\)"$/\1/p' "$crate/data/codes/204.toml" 2>/dev/null | head -n 1)"
    alias_204="HttpURLConnection.HTTP_NO_CONTENT"

    echo "### Binary size"
    echo
    echo "status-atlas measured: $measured."
    echo
    echo "Release builds with \`opt-level = 3\`, \`lto = true\`, \`codegen-units = 1\`, \`panic = \"abort\"\`,"
    echo "\`strip = true\`; sizes of the stripped executables. Goal: b - a at most $budget_kib KiB."
    echo
    echo "| binary | bytes | over baseline | .text | .rodata | .data.rel.ro | .rela.dyn | 204's summary inside | an alias inside |"
    echo "|---|---:|---:|---:|---:|---:|---:|---|---|"
    for row in "a. baseline (literal by argument count)|$bin_baseline|$a" \
        "(control) u16 from argv, printed; no status-atlas|$bin_parse|$p" \
        "b. \`Status::from_u16(n).map(Status::reason)\`|$bin_from_u16|$b" \
        "c. \`Status::lookup(text)\`, full record printed|$bin_lookup|$c" \
        "(control) \`Status::lookup(text)\`, only the code printed|$bin_lookup_code|$l"; do
        IFS='|' read -r label binary bytes <<<"$row"
        over=$((bytes - a))
        echo "| $label | $bytes | $over B ($(kib "$over") KiB) | $(section_bytes "$binary" .text) | $(section_bytes "$binary" .rodata) | $(section_bytes "$binary" .data.rel.ro) | $(section_bytes "$binary" .rela.dyn) | $(contains "$binary" "$summary_204") | $(contains "$binary" "$alias_204") |"
    done
    echo
    echo "| budget | figure | goal | status |"
    echo "|---|---:|---:|---|"
    echo "| b - a: \`from_u16\` + \`reason\` | $(kib $((b - a))) KiB ($((b - a)) B) | ≤ $budget_kib KiB | $verdict |"
    echo "| c - a: \`lookup\` + full record | $(kib $((c - a))) KiB ($((c - a)) B) | none | - |"
    echo "| b - control: status-atlas's own share of b | $(kib $((b - p))) KiB ($((b - p)) B) | - | - |"
    echo
fi

# ---------------------------------------------------------------------------------------------
# Build cost
# ---------------------------------------------------------------------------------------------

main_axum_without='use axum::{Router, routing::get};

async fn handler() -> &'"'"'static str {
    "ok"
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/", get(handler));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}'

main_axum_with='use axum::{Router, routing::get};
use status_atlas::Status;

async fn handler() -> &'"'"'static str {
    match Status::lookup("not found") {
        Some(_) => "ok",
        None => "unknown",
    }
}

#[tokio::main]
async fn main() {
    let app = Router::new().route("/", get(handler));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}'

deps_axum='axum = "0.8"
tokio = { version = "1", features = ["rt-multi-thread", "macros", "net"] }'

# timed_build LOG ARGS...: runs `cargo build ARGS` with $jobs jobs, logging to LOG; prints seconds.
timed_build() {
    local logfile="$1" start end
    shift
    start=$(now)
    CARGO_BUILD_JOBS="$jobs" cargo build -j "$jobs" "$@" >"$logfile" 2>&1 || {
        cat "$logfile" >&2
        exit 1
    }
    end=$(now)
    elapsed "$start" "$end"
}

# crate_units TIMINGS_HTML: seconds spent on status-atlas's three units in a `cargo build
# --timings` report: compiling build.rs, running it, compiling the library ("n/a" if absent).
crate_units() {
    python3 - "$1" <<'EOF'
import json, re, sys
text = open(sys.argv[1], encoding="utf-8").read()
match = re.search(r"const UNIT_DATA = (\[.*?\]);\n", text, re.S)
units = [u for u in (json.loads(match.group(1)) if match else []) if u.get("name") == "status-atlas"]
run = [u for u in units if u.get("mode") == "run-custom-build"]
script = [u for u in units if u not in run and "build-script" in u.get("target", "")]
lib = [u for u in units if u not in run and u not in script]
fmt = lambda us: f"{sum(u.get('duration', 0) for u in us):.2f}" if us else "n/a"
print(fmt(script), fmt(run), fmt(lib))
EOF
}

# measure_app VARIANT: clean build, then three incremental builds after `touch src/main.rs`.
# Sets clean_<variant> and incr_<variant> (medians), clean_all_<variant> and incr_all_<variant>
# (every run), reran_<variant>.
measure_app() {
    local variant="$1" dir="$out/build-cost/axum-$1" target="$out/build-cost/axum-$1/target"
    log "axum-$variant: fetching dependencies (not timed)"
    (cd "$dir" && cargo fetch --quiet) >"$logs/axum-$variant-fetch.log" 2>&1 || {
        cat "$logs/axum-$variant-fetch.log" >&2
        exit 1
    }
    local cleans=() run t
    for ((run = 1; run <= clean_runs; run++)); do
        rm -rf "$target"
        log "axum-$variant: clean debug build $run/$clean_runs (-j $jobs)"
        t=$(cd "$dir" && timed_build "$logs/axum-$variant-clean-$run.log" --target-dir "$target")
        cleans+=("$t")
    done
    local times=() reran=no i
    for i in 1 2 3; do
        touch "$dir/src/main.rs"
        log "axum-$variant: incremental build $i"
        t=$(cd "$dir" && timed_build "$logs/axum-$variant-incremental-$i.log" --verbose --target-dir "$target")
        times+=("$t")
        # shellcheck disable=SC2016 # the backquote is cargo's, not an expansion
        if grep -q -E 'Compiling status-atlas|Running `[^`]*/build/status-atlas-[0-9a-f]+/build-script-build' "$logs/axum-$variant-incremental-$i.log"; then
            reran=yes
        fi
    done
    printf -v "clean_$variant" '%s' "$(median "${cleans[@]}")"
    printf -v "clean_all_$variant" '%s' "${cleans[*]}"
    printf -v "incr_$variant" '%s' "$(median "${times[@]}")"
    printf -v "incr_all_$variant" '%s' "${times[*]}"
    printf -v "reran_$variant" '%s' "$reran"
}

if ((build_cost)); then
    new_project "$out/build-cost/axum-without" budget-axum-without "$deps_axum" "" "$main_axum_without"
    new_project "$out/build-cost/axum-with" budget-axum-with "$deps_axum
$dep_atlas" "" "$main_axum_with"

    # Set by measure_app.
    clean_without="" clean_all_without="" incr_without="" incr_all_without=""
    clean_with="" clean_all_with="" incr_with="" incr_all_with="" reran_with=""
    measure_app without
    measure_app with

    # status-atlas alone, from clean: `cargo build -p status-atlas` in a throwaway project that
    # depends only on it (building in the repository itself could rewrite its Cargo.lock).
    new_project "$out/build-cost/crate-alone" budget-crate-alone "$dep_atlas" "" 'fn main() {}'
    crate_target="$out/build-cost/crate-alone/target"
    (cd "$out/build-cost/crate-alone" && cargo fetch --quiet) >"$logs/crate-fetch.log" 2>&1 || {
        cat "$logs/crate-fetch.log" >&2
        exit 1
    }
    crate_cleans=() bs_compiles=() bs_runs=() lib_compiles=()
    for ((run = 1; run <= clean_runs; run++)); do
        rm -rf "$crate_target"
        log "status-atlas alone: clean debug build $run/$clean_runs with --timings (-j $jobs)"
        t=$(cd "$out/build-cost/crate-alone" && timed_build "$logs/crate-clean-$run.log" -p status-atlas --timings --target-dir "$crate_target")
        crate_cleans+=("$t")
        read -r bs_compile bs_run lib_compile <<<"$(crate_units "$crate_target/cargo-timings/cargo-timing.html")"
        bs_compiles+=("$bs_compile") bs_runs+=("$bs_run") lib_compiles+=("$lib_compile")
    done
    crate_clean=$(median "${crate_cleans[@]}") bs_compile=$(median "${bs_compiles[@]}")
    bs_run=$(median "${bs_runs[@]}") lib_compile=$(median "${lib_compiles[@]}")

    added=$(awk -v a="$clean_with" -v b="$clean_without" 'BEGIN { printf "%.2f", a - b }')

    # locked_version LOCKFILE PACKAGE: the version the lockfile resolved.
    locked_version() { awk -v name="$2" '$1 == "name" && $3 == "\"" name "\"" { getline; gsub(/"/, "", $3); print $3; exit }' "$1"; }
    axum_version=$(locked_version "$out/build-cost/axum-with/Cargo.lock" axum)
    tokio_version=$(locked_version "$out/build-cost/axum-with/Cargo.lock" tokio)

    echo "### Build cost"
    echo
    echo "status-atlas measured: $measured; axum $axum_version, tokio $tokio_version."
    echo
    echo "Debug builds (\`cargo build\`) of an axum 0.8 app with one route returning \"ok\" (tokio:"
    echo "\`rt-multi-thread\`, \`macros\`, \`net\`), with and without status-atlas used in the handler"
    echo "(\`Status::lookup(\"not found\")\`). Every build ran with **\`-j $jobs\`** (\`CARGO_BUILD_JOBS=$jobs\`),"
    echo "each clean build in a fresh target directory (median of $clean_runs), dependencies fetched"
    echo "beforehand. Incremental: \`touch src/main.rs\`, then \`cargo build\`; median of 3."
    echo
    echo "| axum app | clean build (s) | clean runs (s) | incremental, median (s) | incremental runs (s) | status-atlas rebuilt on incremental |"
    echo "|---|---:|---|---:|---|---|"
    echo "| without status-atlas | $clean_without | $clean_all_without | $incr_without | $incr_all_without | - |"
    echo "| with status-atlas | $clean_with | $clean_all_with | $incr_with | $incr_all_with | $reran_with |"
    echo
    echo "| figure | seconds | runs |"
    echo "|---|---:|---|"
    echo "| clean build added by status-atlas (with - without, medians) | $added | |"
    echo "| \`cargo build -p status-atlas\` alone, from clean | $crate_clean | ${crate_cleans[*]} |"
    echo "| of which: compiling \`build.rs\` (build script) | $bs_compile | ${bs_compiles[*]} |"
    echo "| of which: running the build script (data/ to tables) | $bs_run | ${bs_runs[*]} |"
    echo "| of which: compiling the library | $lib_compile | ${lib_compiles[*]} |"
    echo "| the rest: its dependencies (phf; for the build script serde, toml, phf_codegen...) | $(awk -v t="$crate_clean" -v a="$bs_compile" -v b="$bs_run" -v c="$lib_compile" 'BEGIN { printf "%.2f", t - a - b - c }') | |"
    echo
    if [[ "$reran_with" == yes ]]; then
        echo "**The status-atlas build script reran on an incremental build** (see target/budgets/logs/)."
    else
        echo "The status-atlas build script did not rerun on any incremental build (no \`Compiling status-atlas\`)."
    fi
    echo
fi
