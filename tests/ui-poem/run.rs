//! Every `*.rs` beside this file must fail to compile with the error in its `.stderr`, with
//! status-atlas's `poem-openapi` feature on. `TRYBUILD=overwrite cargo test -p status-atlas-ui-poem-tests`
//! rewrites the expectations.

#[test]
fn ui_poem() {
    let cases = trybuild::TestCases::new();
    let mut files: Vec<_> = std::fs::read_dir(env!("CARGO_MANIFEST_DIR"))
        .expect("read tests/ui-poem")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs") && path.file_name().is_some_and(|name| name != "run.rs"))
        .collect();
    files.sort();
    assert!(files.len() >= 2, "expected the UI cases beside run.rs, found {}", files.len());
    for file in files {
        cases.compile_fail(file);
    }
}
