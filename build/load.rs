//! Reads `data/dataset.toml` and every `data/codes/*.toml` into the [`schema`](super::schema) types.
//!
//! A file that does not parse is reported and skipped, so the other files are still checked and
//! every problem shows in one build.

use std::fs;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use super::diagnostic::Diagnostic;
use super::schema::{Dataset, Entry};

/// A data file: its path on disk, the name shown in diagnostics, and its text.
#[derive(Debug)]
pub struct File {
    pub path: PathBuf,
    pub shown: String,
    pub text: String,
}

impl File {
    /// A diagnostic at a byte span of this file.
    pub fn error(&self, span: Option<std::ops::Range<usize>>, message: impl Into<String>) -> Diagnostic {
        Diagnostic::at(&self.shown, &self.text, span, message)
    }
}

/// What was read, and what could not be.
#[derive(Debug, Default)]
pub struct Loaded {
    pub files: Vec<File>,
    /// Index into `files` and the parsed dataset header.
    pub dataset: Option<(usize, Dataset)>,
    /// Index into `files` and the parsed entry, in file-name order.
    pub entries: Vec<(usize, Entry)>,
    pub errors: Vec<Diagnostic>,
}

/// Reads the data directory. Never fails: problems are collected in [`Loaded::errors`].
pub fn load_dir(data_dir: &Path, shown_root: &str) -> Loaded {
    let mut loaded = Loaded::default();

    let dataset_path = data_dir.join("dataset.toml");
    if let Some(index) = read(&mut loaded, &dataset_path, &format!("{shown_root}/dataset.toml")) {
        loaded.dataset = parse::<Dataset>(&mut loaded, index).map(|dataset| (index, dataset));
    }

    let codes_dir = data_dir.join("codes");
    let shown_dir = format!("{shown_root}/codes");
    let mut paths = match fs::read_dir(&codes_dir) {
        Ok(dir) => dir.filter_map(Result::ok).map(|entry| entry.path()).collect::<Vec<_>>(),
        Err(error) => {
            loaded.errors.push(Diagnostic::file(&shown_dir, format!("cannot read the directory: {error}")));
            Vec::new()
        }
    };
    paths.sort();
    for path in paths {
        let name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
        let shown = format!("{shown_dir}/{name}");
        if path.extension().is_none_or(|extension| extension != "toml") {
            loaded.errors.push(Diagnostic::file(&shown, "only `NNN.toml` files belong in data/codes; move or rename this file"));
            continue;
        }
        if let Some(index) = read(&mut loaded, &path, &shown)
            && let Some(entry) = parse(&mut loaded, index)
        {
            loaded.entries.push((index, entry));
        }
    }
    loaded
}

fn read(loaded: &mut Loaded, path: &Path, shown: &str) -> Option<usize> {
    match fs::read_to_string(path) {
        Ok(text) => {
            loaded.files.push(File { path: path.to_owned(), shown: shown.to_owned(), text });
            Some(loaded.files.len() - 1)
        }
        Err(error) => {
            loaded.errors.push(Diagnostic::file(shown, format!("cannot read the file: {error}")));
            None
        }
    }
}

fn parse<T: DeserializeOwned>(loaded: &mut Loaded, index: usize) -> Option<T> {
    let file = &loaded.files[index];
    match toml::from_str::<T>(&file.text) {
        Ok(value) => Some(value),
        Err(error) => {
            let mut message = error.message().trim_end().replace('\n', "; ");
            if let Some(key) = error.span().and_then(|span| key_at(&file.text, span.start))
                && !message.contains(&format!("`{key}`"))
            {
                message = format!("`{key}`: {message}");
            }
            let diagnostic = file.error(error.span(), message);
            loaded.errors.push(diagnostic);
            None
        }
    }
}

/// The key of the `key = value` line holding byte `offset`, so a type error names its field.
fn key_at(text: &str, offset: usize) -> Option<&str> {
    let start = text.get(..offset)?.rfind('\n').map_or(0, |newline| newline + 1);
    let line = &text[start..];
    let (key, _) = line.split_once('=')?;
    let key = key.trim();
    let bare = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.';
    (start + key.len() <= offset && !key.is_empty() && key.chars().all(bare)).then_some(key)
}
