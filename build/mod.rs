//! Turns the TOML dataset in `data/` into Rust code.
//!
//! `build.rs` is a thin driver over this module; `tests/` compile it again through `#[path]` so the
//! loader, the validator and the generator can be tested directly. Each stage has a file:
//! [`load`] reads files and parses their TOML with `toml`'s spanned document, [`schema`] (through
//! [`read`]) turns them into typed entries,
//! [`validate`] checks them and builds the [`model`] ([`clients`] checks `clients.toml`), [`emit`], [`doc`] and [`rules`] write code
//! from the model ([`print`] lays it out), and [`diagnostic`] reports problems as `file:line:col: message`. The words the
//! data is written in (classes, ecosystems, levels...) are the library's own
//! [`vocabulary`], compiled here too.
//!
//! Every user of the crate compiles this module, unoptimized, in each clean build, and each
//! instantiation of a generic is code of its own: sets and maps are the small sorted vectors of
//! [`sorted`], and lists are filled with plain loops where a `collect` per iterator type would
//! add up.

#[macro_use]
#[path = "../src/vocabulary/mod.rs"]
#[allow(dead_code, unreachable_pub)] // The library's public vocabulary; the build reads part of it.
pub mod vocabulary;

pub mod clients;
pub mod diagnostic;
pub mod doc;
pub mod ecosystem;
pub mod emit;
pub mod load;
pub mod model;
pub mod print;
pub mod read;
pub mod rules;
pub mod schema;
pub mod sorted;
pub mod validate;

use std::path::Path;

use diagnostic::Diagnostic;

/// Everything the build step produces.
pub struct Output {
    /// The Rust items included by `src/generated.rs`.
    pub code: String,
    /// The short Markdown overview of every code, included in the crate-level docs.
    pub table: String,
    /// The header-field name consts `#[header(..)]` resolves against.
    pub header_fields: String,
    /// Every file that was read, for `rerun-if-changed`.
    pub inputs: Vec<std::path::PathBuf>,
}

/// Loads, validates and generates. `display_root` is the prefix shown in diagnostics (`data`).
///
/// # Errors
/// Every problem found in the data, each with its file, line and column.
pub fn run(data_dir: &Path, display_root: &str) -> Result<Output, Vec<Diagnostic>> {
    let loaded = load::load_dir(data_dir, display_root);
    let model = validate::validate(&loaded)?;
    let mut inputs = Vec::new();
    for file in &loaded.files {
        inputs.push(file.path.clone());
    }
    let code = format!("{}{}", emit::header(&model), emit::code(&model));
    let header_fields = format!("{}{}", emit::header(&model), rules::header_fields(&model));
    Ok(Output { code, table: doc::overview(&model), header_fields, inputs })
}
