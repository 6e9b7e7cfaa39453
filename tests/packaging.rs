//! The licence files the manifest promises, and the changelog, ship with the crate.

use std::fs;
use std::path::Path;

fn read(name: &str) -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(name)).unwrap_or_else(|error| panic!("{name}: {error}"))
}

#[test]
fn both_licences_of_the_manifest_are_there() {
    let manifest = read("Cargo.toml");
    assert!(manifest.contains(r#"license = "MIT OR Apache-2.0""#));
    assert!(manifest.contains(r#""/LICENSE*""#), "the licences are packaged");
    let mit = read("LICENSE-MIT");
    assert!(mit.starts_with("MIT License") && mit.contains("Copyright (c) The status-atlas developers"));
    assert!(mit.contains("THE SOFTWARE IS PROVIDED \"AS IS\""));
    let apache = read("LICENSE-APACHE");
    assert!(apache.contains("Apache License") && apache.contains("Version 2.0, January 2004"));
    assert!(apache.contains("END OF TERMS AND CONDITIONS") && apache.contains("Copyright The status-atlas developers"));
}

#[test]
fn the_changelog_keeps_an_unreleased_section() {
    let changelog = read("CHANGELOG.md");
    assert!(changelog.contains("[Keep a Changelog]"));
    let unreleased = changelog.split("## [Unreleased]").nth(1).expect("an Unreleased section");
    assert!(unreleased.contains("### Added"));
    assert!(unreleased.contains("Status::suggestions") && unreleased.contains("status-atlas-cli"));
    assert!(changelog.contains("[Unreleased]: "), "the section's link");
}
