//! Reads `data/dataset.toml`, `data/clients.toml` and every `data/codes/NNN.toml` into the
//! [`schema`](super::schema) types.
//!
//! A file that cannot be read or parsed is reported and skipped, so the other files are still
//! checked and every problem shows in one build; its code still counts as present (from its file
//! name), so files that refer to it are not blamed for its problem. Editor and system files
//! (hidden files, backups such as `204.toml~` or `204.toml.orig`) are not data and are passed over.

use std::fs;
use std::path::{Path, PathBuf};

use toml::Spanned;
use toml::de::DeTable;

use super::diagnostic::Diagnostic;
use super::read::Errors;
use super::schema::{Clients, Dataset, Entry};

/// The largest data file read: far above any real entry, far below what would slow the build.
pub const MAX_FILE_BYTES: u64 = 64 * 1024;

/// Endings of the copies editors and merge tools leave beside a file.
const BACKUP_ENDINGS: &[&str] = &["~", ".orig", ".rej", ".bak", ".swp", ".swo", ".tmp"];

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
    /// Index into `files` and the parsed client behaviour.
    pub clients: Option<(usize, Clients)>,
    /// Index into `files` and the parsed entry, in file-name order.
    pub entries: Vec<(usize, Entry)>,
    /// Codes whose file is there but could not be loaded: they exist, with problems of their own.
    pub unloaded_codes: Vec<u16>,
    pub errors: Vec<Diagnostic>,
}

/// Reads the data directory. Never fails: problems are collected in [`Loaded::errors`].
pub fn load_dir(data_dir: &Path, shown_root: &str) -> Loaded {
    let mut loaded = Loaded::default();

    let dataset_path = data_dir.join("dataset.toml");
    if let Some(index) = read(&mut loaded, &dataset_path, &format!("{shown_root}/dataset.toml")) {
        loaded.dataset = parse(&mut loaded, index, Dataset::read).map(|dataset| (index, dataset));
    }

    let clients_path = data_dir.join("clients.toml");
    if let Some(index) = read(&mut loaded, &clients_path, &format!("{shown_root}/clients.toml")) {
        loaded.clients = parse(&mut loaded, index, Clients::read).map(|clients| (index, clients));
    }

    let codes_dir = data_dir.join("codes");
    let shown_dir = format!("{shown_root}/codes");
    let dir = match fs::read_dir(&codes_dir) {
        Ok(dir) => dir,
        Err(error) => {
            loaded.errors.push(Diagnostic::file(&shown_dir, format!("cannot read the directory: {error}")));
            return loaded;
        }
    };
    // In name order, so codes are read (and reported) in order. Inserted in place rather than
    // sorted afterwards: a sort of `String`s is thousands of lines of the build script's code.
    let mut names: Vec<String> = Vec::new();
    for entry in dir.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let at = names.binary_search(&name).unwrap_or_else(|at| at);
        names.insert(at, name);
    }
    let mut code_files = 0;
    for name in names {
        if is_not_data(&name) {
            continue;
        }
        let shown = format!("{shown_dir}/{name}");
        let Some(code) = code_of(&name) else {
            let message = if code_of(&name.to_ascii_lowercase()).is_some() {
                format!("rename this file `{}.toml`: data file names end in lower-case `.toml`", &name[..name.len() - 5])
            } else {
                "only `NNN.toml` files belong in data/codes; move or rename this file".to_owned()
            };
            if let Some(code) = name.get(..3).and_then(|digits| digits.parse().ok()) {
                loaded.unloaded_codes.push(code);
            }
            loaded.errors.push(Diagnostic::file(&shown, message));
            continue;
        };
        code_files += 1;
        let entry =
            read(&mut loaded, &codes_dir.join(&name), &shown).and_then(|index| Some((index, parse(&mut loaded, index, Entry::read)?)));
        match entry {
            Some(entry) => loaded.entries.push(entry),
            None => loaded.unloaded_codes.push(code),
        }
    }
    if code_files == 0 {
        loaded.errors.push(Diagnostic::file(&shown_dir, "no `NNN.toml` files: the dataset needs at least one status code"));
    }
    loaded
}

/// Hidden files (`.DS_Store`, `.204.toml.swp`, Emacs' `.#204.toml`) and backups (`204.toml~`).
fn is_not_data(name: &str) -> bool {
    name.starts_with('.') || BACKUP_ENDINGS.iter().any(|ending| name.ends_with(ending))
}

/// The code a file name such as `204.toml` holds.
fn code_of(name: &str) -> Option<u16> {
    let stem = name.strip_suffix(".toml")?;
    (!stem.is_empty() && stem.bytes().all(|byte| byte.is_ascii_digit())).then(|| stem.parse().ok()).flatten()
}

fn read(loaded: &mut Loaded, path: &Path, shown: &str) -> Option<usize> {
    let size = fs::metadata(path).map_or(0, |metadata| metadata.len());
    if size > MAX_FILE_BYTES {
        let message = format!("the file is {size} bytes; a data file holds at most {MAX_FILE_BYTES}, so split or shorten its text");
        loaded.errors.push(Diagnostic::file(shown, message));
        return None;
    }
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) => {
            loaded.errors.push(Diagnostic::file(shown, format!("cannot read the file: {error}")));
            return None;
        }
    };
    match String::from_utf8(bytes) {
        // Windows line ends read as `\n`, so no `\r` reaches the prose; lines and columns stay.
        Ok(text) => {
            let text = if text.contains('\r') { text.replace("\r\n", "\n") } else { text };
            loaded.files.push(File { path: path.to_owned(), shown: shown.to_owned(), text });
            Some(loaded.files.len() - 1)
        }
        Err(error) => {
            let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
            let text = String::from_utf8_lossy(valid).into_owned();
            let diagnostic = Diagnostic::at(shown, &text, Some(valid.len()..valid.len()), "the file is not UTF-8 text; save it as UTF-8");
            loaded.errors.push(diagnostic);
            None
        }
    }
}

/// The start of the line whose key or table header has the most dotted parts, and that count.
fn deepest_key(text: &str) -> Option<(usize, usize)> {
    let mut deepest = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let key = line.trim_start().trim_start_matches('[').split(['=', ']']).next().unwrap_or_default();
        let depth = key.matches('.').count() + 1;
        if depth > deepest.map_or(1, |(_, depth)| depth) {
            deepest = Some((offset, depth));
        }
        offset += line.len();
    }
    deepest
}

/// Parses a file and reads it with `reader`; every problem goes to `loaded.errors`.
fn parse<T>(loaded: &mut Loaded, index: usize, reader: impl Fn(&mut Errors<'_>, &Spanned<DeTable<'_>>) -> Option<T>) -> Option<T> {
    let file = &loaded.files[index];
    if file.text.trim().is_empty() {
        loaded.errors.push(Diagnostic::file(&file.shown, "the file is empty"));
        return None;
    }
    let document = match DeTable::parse(&file.text) {
        Ok(document) => document,
        Err(error) => {
            let message = error.message().trim_end().replace('\n', "; ");
            let diagnostic = match error.span() {
                Some(span) => file.error(Some(span), message),
                // The parser gives no position when keys nest too deep; the deepest key is the cause.
                None => match deepest_key(&file.text) {
                    Some((offset, depth)) => file.error(
                        Some(offset..offset),
                        format!("{message}: this key nests {depth} tables deep; data files nest a few levels at most"),
                    ),
                    None => file.error(None, message),
                },
            };
            loaded.errors.push(diagnostic);
            return None;
        }
    };
    let mut errors = Errors::new(file);
    let value = reader(&mut errors, &document);
    let failed = !errors.list.is_empty();
    loaded.errors.append(&mut errors.list);
    // A file with any problem is not checked further: its entry could only add noise.
    if failed { None } else { value }
}
