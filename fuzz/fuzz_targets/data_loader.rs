//! Arbitrary bytes as `data/codes/204.toml`, next to the real `data/dataset.toml` and
//! `data/clients.toml`, through the
//! build step (`build/mod.rs`'s `run`, what `build.rs` calls). It must never panic, and every
//! problem must be reported as `data/FILE:LINE:COL: message`.

#![no_main]

#[path = "../../build/mod.rs"]
#[allow(dead_code, unreachable_pub)]
mod codegen;

use std::fs;
use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

/// The real dataset header, so only the fuzzed file can be wrong.
const DATASET: &str = include_str!("../../data/dataset.toml");
/// The real client facts, likewise.
const CLIENTS: &str = include_str!("../../data/clients.toml");

/// The client facts without their lists of codes, which name statuses a lone 204 does not have:
/// a valid 204 then passes validation and reaches the code generator.
fn clients_without_codes() -> String {
    let mut keep = true;
    let mut kept = String::new();
    for line in CLIENTS.lines() {
        if line.starts_with("[[clients.") {
            keep = false;
        } else if line.starts_with("[[clients]]") {
            keep = true;
        }
        if keep && !line.starts_with("null_body") {
            kept.push_str(line);
            kept.push('\n');
        }
    }
    kept
}

/// One data directory per process, reused for every input: `<tmp>/status-atlas-fuzz-<pid>/data`.
fn data_dir() -> &'static PathBuf {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("status-atlas-fuzz-{}", std::process::id())).join("data");
        fs::create_dir_all(dir.join("codes")).expect("create the temporary data directory");
        fs::write(dir.join("dataset.toml"), DATASET).expect("write dataset.toml");
        fs::write(dir.join("clients.toml"), clients_without_codes()).expect("write clients.toml");
        dir
    })
}

fuzz_target!(|data: &[u8]| {
    let dir = data_dir();
    fs::write(dir.join("codes").join("204.toml"), data).expect("write codes/204.toml");

    if let Err(diagnostics) = codegen::run(dir, "data") {
        assert!(!diagnostics.is_empty(), "run failed without a diagnostic");
        for diagnostic in &diagnostics {
            let shown = diagnostic.to_string();
            assert!(shown.starts_with("data/"), "diagnostic not rooted at data/: {shown:?}");
            assert!(diagnostic.line >= 1 && diagnostic.column >= 1, "diagnostic without a position: {shown:?}");
            let prefix = format!("{}:{}:{}: ", diagnostic.file, diagnostic.line, diagnostic.column);
            assert!(shown.starts_with(&prefix), "diagnostic not shaped file:line:col: message: {shown:?}");
        }
    }
});
