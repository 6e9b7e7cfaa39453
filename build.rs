//! Compiles `data/` into Rust: see `build/mod.rs`. Problems in the data fail the build with one
//! `cargo::error` per problem, each naming its file, line and column.

#[path = "build/mod.rs"]
#[allow(unreachable_pub)] // The module is also compiled by tests/, which use all of its API.
mod codegen;

use std::path::Path;
use std::{env, fs};

fn main() {
    println!("cargo::rerun-if-changed=data");
    println!("cargo::rerun-if-changed=build");
    println!("cargo::rerun-if-changed=build.rs");

    let manifest_dir = env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let out_dir = env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    match codegen::run(&Path::new(&manifest_dir).join("data"), "data") {
        Ok(output) => {
            for input in &output.inputs {
                println!("cargo::rerun-if-changed={}", input.display());
            }
            write(&Path::new(&out_dir).join("generated.rs"), &output.code);
            write(&Path::new(&out_dir).join("table.md"), &output.table);
            write(&Path::new(&out_dir).join("header_fields.rs"), &output.header_fields);
        }
        Err(diagnostics) => {
            for diagnostic in &diagnostics {
                println!("cargo::error={diagnostic}");
            }
        }
    }
}

fn write(path: &Path, contents: &str) {
    if let Err(error) = fs::write(path, contents) {
        println!("cargo::error=cannot write {}: {error}", path.display());
    }
}
