//! Every `*.rs` beside this file must fail to compile with the error in its `.stderr`, with
//! status-atlas's `rocket` feature on. `TRYBUILD=overwrite cargo test -p status-atlas-ui-rocket-tests`
//! rewrites the expectations.

#[test]
fn ui_rocket() {
    let cases = trybuild::TestCases::new();
    let mut files: Vec<_> = std::fs::read_dir(env!("CARGO_MANIFEST_DIR"))
        .expect("read tests/ui-rocket")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs") && path.file_name().is_some_and(|name| name != "run.rs"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "expected the UI cases beside run.rs");
    for file in files {
        cases.compile_fail(file);
    }
}
