#!/usr/bin/env bash
# Measures status-atlas's budgets and prints them as a Markdown table on standard output.
#
#   scripts/budgets.sh                 # binary-size budget (release, LTO, stripped)
#   scripts/budgets.sh --build-cost    # also the build-time cost in a realistic axum app (slow)
#   scripts/budgets.sh --build-cost --no-size
#   scripts/budgets.sh --build-cost --clean-runs 3   # 3 alternating clean builds of each (default 2)
#   scripts/budgets.sh --build-cost --app production # the production-shaped app instead (axum,
#                                      # tower-http, tracing-subscriber, serde, reqwest with rustls)
#   scripts/budgets.sh --rev HEAD      # measure a commit (exported with `git archive` under
#                                      # target/budgets/) instead of the working tree
#
# Everything it writes is under target/budgets/: throwaway cargo projects that depend on this
# crate (each its own workspace; by path for the size budget, through a one-commit git snapshot for
# the build cost), their target directories and build logs. Progress goes to standard error; the
# tables go to standard output.
#
# Size budget: the bytes a release binary gains from `Status::from_u16(n).map(Status::reason)`
# over a baseline binary should be at most 16 KiB.
#
# Build cost: clean builds of the app with and without status-atlas, alternating, with every core
# (`-j $(nproc)`, override with BUDGETS_JOBS) as a user builds; the ratio of the best of each is
# the figure, so the machine's speed cancels out.
set -euo pipefail

usage() {
    sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'
}

size=1
build_cost=0
rev=""
clean_runs=2
app=minimal
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
        --app)
            [[ $# -ge 2 && "$2" =~ ^(minimal|production)$ ]] || { echo "budgets.sh: --app takes minimal or production" >&2; exit 2; }
            app="$2"
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
jobs="${BUDGETS_JOBS:-$(nproc)}"
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

# The realistic app: axum 0.8 with its default features, serde with derive, serde_json, tokio
# "full", one JSON route. "with" adds status-atlas (feature `axum`) and one derived response enum.
deps_app='axum = "0.8"
serde = { version = "1", features = ["derive"] }
serde_json = "1"
tokio = { version = "1", features = ["full"] }'

main_app_common='#[derive(serde::Serialize)]
struct User {
    id: u32,
    name: String,
}

#[tokio::main]
async fn main() {
    let app = axum::Router::new().route("/users/{id}", axum::routing::get(user));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}'

main_app_without="$main_app_common"'

async fn user(axum::extract::Path(id): axum::extract::Path<u32>) -> axum::response::Response {
    use axum::response::IntoResponse;
    if id == 0 {
        return axum::http::StatusCode::NOT_FOUND.into_response();
    }
    axum::Json(User { id, name: format!("user {id}") }).into_response()
}'

main_app_with="$main_app_common"'

#[derive(status_atlas::TypedResponse)]
enum GetUser {
    #[status(OK)]
    Found(axum::Json<User>),
    #[status(404)]
    NotFound,
}

async fn user(axum::extract::Path(id): axum::extract::Path<u32>) -> GetUser {
    if id == 0 {
        return GetUser::NotFound;
    }
    GetUser::Found(axum::Json(User { id, name: format!("user {id}") }))
}'

# The production-shaped app: the same route behind the middleware a service in production runs
# (tower-http tracing, CORS, compression and a timeout: 0.6, the release reqwest also uses, so it is
# compiled once; tracing-subscriber with an env filter), and
# a reqwest client with rustls (its default TLS, aws-lc-rs) that the handler calls upstream with.
deps_production='axum = "0.8"
serde = { version = "1", features = ["derive"] }
serde_json = "1"
tokio = { version = "1", features = ["full"] }
tower-http = { version = "0.6", features = ["trace", "cors", "compression-gzip", "timeout"] }
tracing = "0.1"
tracing-subscriber = { version = "0.3", features = ["env-filter"] }
reqwest = { version = "0.13", features = ["json"] }'

main_production_common='use std::time::Duration;

use axum::extract::{Path, State};
use tower_http::{compression::CompressionLayer, cors::CorsLayer, timeout::TimeoutLayer, trace::TraceLayer};

#[derive(serde::Serialize, serde::Deserialize)]
struct User {
    id: u32,
    name: String,
}

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt().with_env_filter(tracing_subscriber::EnvFilter::from_default_env()).init();
    let client = reqwest::Client::builder().timeout(Duration::from_secs(5)).build().unwrap();
    let app = axum::Router::new()
        .route("/users/{id}", axum::routing::get(user))
        .with_state(client)
        .layer(TraceLayer::new_for_http())
        .layer(CorsLayer::permissive())
        .layer(CompressionLayer::new())
        .layer(TimeoutLayer::with_status_code(axum::http::StatusCode::GATEWAY_TIMEOUT, Duration::from_secs(10)));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await.unwrap();
    axum::serve(listener, app).await.unwrap();
}

async fn fetch(client: &reqwest::Client, id: u32) -> Option<User> {
    let response = client.get(format!("http://127.0.0.1:4000/users/{id}")).send().await.ok()?;
    tracing::debug!(status = %response.status(), "upstream answered");
    response.json().await.ok()
}'

main_production_without="$main_production_common"'

async fn user(State(client): State<reqwest::Client>, Path(id): Path<u32>) -> axum::response::Response {
    use axum::response::IntoResponse;
    match fetch(&client, id).await {
        Some(user) => axum::Json(user).into_response(),
        None => axum::http::StatusCode::NOT_FOUND.into_response(),
    }
}'

main_production_with="$main_production_common"'

#[derive(status_atlas::TypedResponse)]
enum GetUser {
    #[status(OK)]
    Found(axum::Json<User>),
    #[status(404)]
    NotFound,
}

async fn user(State(client): State<reqwest::Client>, Path(id): Path<u32>) -> GetUser {
    match fetch(&client, id).await {
        Some(user) => GetUser::Found(axum::Json(user)),
        None => GetUser::NotFound,
    }
}'

if [[ "$app" == production ]]; then
    deps_app="$deps_production" main_app_without="$main_production_without" main_app_with="$main_production_with"
    app_text="a production-shaped axum app (axum 0.8, tower-http tracing, CORS, gzip compression and
timeout layers, tracing-subscriber with an env filter, serde with derive, serde_json, tokio \`full\`,
and a reqwest 0.13 client with its default rustls TLS that the route calls upstream)"
else
    app_text="an axum app with one JSON route (axum 0.8 default features, serde with derive,
serde_json, tokio \`full\`)"
fi

# timed_build LOG ARGS...: runs `cargo build ARGS` with $jobs jobs, logging to LOG; prints the
# wall seconds and the CPU seconds (user + system) of the whole build, space-separated.
timed_build() {
    local logfile="$1" start end times TIMEFORMAT='%U %S'
    shift
    start=$(now)
    times=$( { time CARGO_BUILD_JOBS="$jobs" cargo build -j "$jobs" "$@" >"$logfile" 2>&1; } 2>&1) || {
        cat "$logfile" >&2
        exit 1
    }
    end=$(now)
    echo "$(elapsed "$start" "$end") $(awk '{ printf "%.1f", $1 + $2 }' <<<"$times")"
}

# added_units TIMINGS_WITH TIMINGS_WITHOUT: the units (name, version, kind) a `--timings` report
# of the app with status-atlas has and the one without lacks, with their seconds, largest first;
# a Markdown table. The app's own crate is left out (it is compiled in both).
added_units() {
    python3 - "$1" "$2" <<'PY'
import json, re, sys
def units(path):
    text = open(path, encoding="utf-8").read()
    match = re.search(r"const UNIT_DATA = (\[.*?\]);\n", text, re.S)
    found = {}
    for unit in json.loads(match.group(1)) if match else []:
        if unit["name"].startswith("budget-app-"):
            continue  # the app itself, named differently in each variant
        kind = "running build script" if unit.get("mode") == "run-custom-build" else (
            "build script" if "build-script" in unit.get("target", "") else "library")
        key = (unit["name"], unit["version"], kind)
        found[key] = found.get(key, 0) + unit.get("duration", 0)
    return found
with_units, without_units = units(sys.argv[1]), units(sys.argv[2])
added = sorted(((d, k) for k, d in with_units.items() if k not in without_units), reverse=True)
print("| unit | kind | seconds |\n|---|---|---:|")
for duration, (name, version, kind) in added:
    print(f"| {name} {version} | {kind} | {duration:.2f} |")
print(f"| **all added units** | | **{sum(d for d, _ in added):.2f}** |")
PY
}

# snapshot_repo DIR: the measured crate as a one-commit git repository at DIR. The app depends on
# it through git, not by path: cargo compiles a path dependency as it does the user's own code
# (incrementally, lints not capped), which costs more than compiling the crates.io package a user
# gets; a git dependency is compiled as a registry one is.
snapshot_repo() {
    local dir="$1"
    rm -rf "$dir"
    mkdir -p "$dir"
    if [[ -n "$rev" ]]; then
        git -C "$repo" archive --format=tar "$sha" | tar -x -C "$dir"
    else
        # The working tree as it is, uncommitted edits included, without ignored files.
        (cd "$repo" && git ls-files -z --cached --others --exclude-standard | xargs -0 tar --ignore-failed-read -c -f - 2>/dev/null) | tar -x -C "$dir"
    fi
    git -C "$dir" init --quiet
    git -C "$dir" add --all
    git -C "$dir" -c user.name=budgets -c user.email=budgets@localhost commit --quiet -m snapshot
}

if ((build_cost)); then
    snapshot_repo "$out/build-cost/crate"
    new_project "$out/build-cost/$app/app-without" budget-app-without "$deps_app" "" "$main_app_without"
    new_project "$out/build-cost/$app/app-with" budget-app-with "$deps_app
status-atlas = { git = \"file://$out/build-cost/crate\", features = [\"axum\"] }" "" "$main_app_with"
    for variant in without with; do
        log "app-$variant: fetching dependencies (not timed)"
        (cd "$out/build-cost/$app/app-$variant" && cargo fetch --quiet) >"$logs/$app-$variant-fetch.log" 2>&1 || {
            cat "$logs/$app-$variant-fetch.log" >&2
            exit 1
        }
    done

    # Clean builds alternate (without, with, without, with...) so that a slow spell of this shared
    # machine falls on both; the best of each is compared.
    walls_without=() walls_with=() cpus_without=() cpus_with=()
    for ((run = 1; run <= clean_runs; run++)); do
        for variant in without with; do
            dir="$out/build-cost/$app/app-$variant"
            rm -rf "$dir/target"
            log "app-$variant: clean debug build $run/$clean_runs (-j $jobs)"
            read -r wall cpu <<<"$(cd "$dir" && timed_build "$logs/$app-$variant-clean-$run.log" --timings)"
            cp "$dir/target/cargo-timings/cargo-timing.html" "$out/build-cost/$app/app-$variant-timing-$run.html"
            if [[ "$variant" == without ]]; then walls_without+=("$wall") cpus_without+=("$cpu"); else walls_with+=("$wall") cpus_with+=("$cpu"); fi
        done
    done
    best() { printf '%s\n' "$@" | sort -g | head -n 1; }
    best_without=$(best "${walls_without[@]}") best_with=$(best "${walls_with[@]}")
    ratio=$(awk -v a="$best_with" -v b="$best_without" 'BEGIN { printf "%.3f", a / b }')
    cpu_without=$(best "${cpus_without[@]}") cpu_with=$(best "${cpus_with[@]}")
    # The budget is the minimal app's; the production-shaped app's ratio is recorded beside it.
    if [[ "$app" == production ]]; then
        goal="none (recorded beside the minimal app's)"
    elif awk -v r="$ratio" 'BEGIN { exit !(r <= 1.15) }'; then
        goal="≤ 1.15x (met)"
    else
        goal="≤ 1.15x (**not met**)"
    fi

    # Incremental: touching the app's main.rs must not rebuild status-atlas or rerun its script.
    touch "$out/build-cost/$app/app-with/src/main.rs"
    read -r incr_wall _ <<<"$(cd "$out/build-cost/$app/app-with" && timed_build "$logs/$app-with-incremental.log" --verbose)"
    # shellcheck disable=SC2016 # the backquote is cargo's, not an expansion
    if grep -q -E 'Compiling status-atlas|Running `[^`]*/build/status-atlas-[0-9a-f]+/build-script-build' "$logs/$app-with-incremental.log"; then
        reran=yes
    else
        reran=no
    fi

    locked_version() { awk -v name="$2" '$1 == "name" && $3 == "\"" name "\"" { getline; gsub(/"/, "", $3); print $3; exit }' "$1"; }
    lock="$out/build-cost/$app/app-with/Cargo.lock"

    echo "### Build cost: $app app"
    echo
    echo "status-atlas measured: $measured; axum $(locked_version "$lock" axum), tokio $(locked_version "$lock" tokio), serde $(locked_version "$lock" serde)$([[ "$app" == production ]] && echo ", tower-http $(locked_version "$lock" tower-http), reqwest $(locked_version "$lock" reqwest)")."
    echo
    echo "Clean debug builds (\`cargo build -j $jobs\`) of $app_text, without status-atlas and with it"
    echo "(feature \`axum\`, one derived \`TypedResponse\` enum as the handler's return type), taken as a"
    echo "git dependency so that cargo compiles it as it compiles a crates.io package (not incrementally,"
    echo "lints capped). Builds alternate, $clean_runs of each; each in a fresh target directory,"
    echo "dependencies fetched beforehand."
    echo
    echo "| app | best wall (s) | every run (s) | best CPU, user + system (s) |"
    echo "|---|---:|---|---:|"
    echo "| without status-atlas | $best_without | ${walls_without[*]} | $cpu_without |"
    echo "| with status-atlas | $best_with | ${walls_with[*]} | $cpu_with |"
    echo
    echo "| figure | value | goal |"
    echo "|---|---:|---|"
    echo "| with / without, best wall | **${ratio}x** | $goal |"
    echo "| CPU added | $(awk -v a="$cpu_with" -v b="$cpu_without" 'BEGIN { printf "%.1f", a - b }') s | - |"
    echo "| incremental build after \`touch src/main.rs\` | $incr_wall s | status-atlas rebuilt: $reran |"
    echo
    echo "What the app with status-atlas compiles that the app without does not (first run's \`--timings\`):"
    echo
    added_units "$out/build-cost/$app/app-with-timing-1.html" "$out/build-cost/$app/app-without-timing-1.html"
    echo
fi
