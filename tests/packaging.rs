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

/// The `[section]` of a manifest, up to the next section.
fn section<'m>(manifest: &'m str, name: &str) -> &'m str {
    let header = format!("[{name}]\n");
    let start = manifest.lines().position(|line| line == header.trim_end()).unwrap_or_else(|| panic!("no [{name}]"));
    let offset: usize = manifest.lines().take(start + 1).map(|line| line.len() + 1).sum();
    let body = &manifest[offset..];
    body.find("\n[").map_or(body, |end| &body[..end])
}

#[test]
fn the_library_leaves_the_command_line_to_its_own_package() {
    let manifest = read("Cargo.toml");
    let dependencies = section(&manifest, "dependencies");
    for name in ["clap", "clap_complete", "clap_mangen", "serde_json"] {
        assert!(!dependencies.lines().any(|line| line.starts_with(&format!("{name} "))), "the library depends on {name}");
    }
    assert!(!section(&manifest, "features").lines().any(|line| line.starts_with("cli ")), "a `cli` feature is left");
    assert!(!manifest.contains("[[bin]]"), "the library builds no binary");
    assert!(section(&manifest, "workspace").contains("\"cli\""), "the CLI is a workspace member");

    let cli = read("cli/Cargo.toml");
    assert!(cli.contains("name = \"status-atlas-cli\""));
    assert!(section(&cli, "[bin]").contains("name = \"status-atlas\""));
    assert!(section(&cli, "dependencies").contains(r#"status-atlas = { version = "=0.1.0", path = "..""#), "pinned exactly");
}
