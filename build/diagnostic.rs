//! Problems in the data, reported the way a compiler reports them.

use std::fmt;
use std::ops::Range;

/// One problem: where it is and what to fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file as shown to the user, e.g. `data/codes/204.toml`.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What is wrong, in one sentence.
    pub message: String,
}

impl Diagnostic {
    /// A problem at byte offset `span.start` of `text`.
    pub fn at(file: &str, text: &str, span: Option<Range<usize>>, message: impl Into<String>) -> Self {
        // The generic part stays this thin, so the body is compiled once, not per message type.
        Self::at_offset(file, text, span.map_or(0, |span| span.start), message.into())
    }

    fn at_offset(file: &str, text: &str, offset: usize, message: String) -> Self {
        let offset = offset.min(text.len());
        let before = &text[..floor_char_boundary(text, offset)];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |newline| newline + 1);
        let column = before[line_start..].chars().count() + 1;
        Diagnostic { file: one_line(file.to_owned()), line, column, message: one_line(message) }
    }

    /// A problem with a file as a whole (it cannot be read, or something is missing).
    pub fn file(file: &str, message: impl Into<String>) -> Self {
        Diagnostic { file: one_line(file.to_owned()), line: 1, column: 1, message: one_line(message.into()) }
    }
}

/// Messages quote the user's text and file names, which may hold line breaks; `cargo::error`
/// takes one line, and a line break would start a directive of its own.
fn one_line(message: String) -> String {
    if message.contains(['\n', '\r']) { message.replace('\r', "\\r").replace('\n', "\\n") } else { message }
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}", self.file, self.line, self.column, self.message)
    }
}
