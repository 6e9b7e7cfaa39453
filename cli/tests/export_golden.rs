//! The whole JSON export against a committed snapshot, `tests/golden/export.json`, so that a
//! change to the data or to the serialization shows in review as a diff of the output.
//!
//! After a deliberate change, regenerate the snapshot with
//! `STATUS_ATLAS_BLESS=1 cargo test -p status-atlas-cli --test export_golden` and read its diff.

use std::path::Path;
use std::process::Command;

const GOLDEN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden/export.json");

#[test]
fn the_json_export_matches_the_snapshot() {
    let output = Command::new(env!("CARGO_BIN_EXE_status-atlas")).args(["export", "--format", "json"]).output().expect("the binary runs");
    assert!(output.status.success(), "export failed: {}", String::from_utf8_lossy(&output.stderr));
    let export = String::from_utf8(output.stdout).expect("UTF-8 output");
    if std::env::var_os("STATUS_ATLAS_BLESS").is_some() {
        std::fs::write(GOLDEN, &export).expect("write the snapshot");
        return;
    }
    let golden = std::fs::read_to_string(Path::new(GOLDEN)).expect("the snapshot; create it with STATUS_ATLAS_BLESS=1");
    if export == golden {
        return;
    }
    let (line, (ours, theirs)) = export
        .lines()
        .zip(golden.lines())
        .enumerate()
        .find(|(_, (ours, theirs))| ours != theirs)
        .map_or_else(|| (export.lines().count().min(golden.lines().count()), ("(end)", "(end)")), |(index, pair)| (index, pair));
    panic!(
        "the export differs from tests/golden/export.json from line {}:\n  export:   {ours}\n  snapshot: {theirs}\n\
         If the change is meant, regenerate it: STATUS_ATLAS_BLESS=1 cargo test -p status-atlas-cli --test export_golden",
        line + 1
    );
}
