//! A response's head: its status line and header section, read from where a response starts.

use std::ops::Range;

use super::lines::{Ending, Line, line_at};

/// What a line that starts like a status line (`HTTP/1.1 `, `HTTP/2 `) holds where the code goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Code {
    /// Three digits from 100 to 599.
    Valid(u16),
    /// Anything else: not three digits, or outside 100..=599.
    Invalid,
}

/// `Some` when `line` starts with `HTTP/` and a version (`1.1`, `2`), then a space: the code
/// found after it. curl prints HTTP/2 and HTTP/3 status lines as `HTTP/2 200 `.
pub(crate) fn status_code(line: &[u8]) -> Option<Code> {
    let rest = line.strip_prefix(b"HTTP/")?;
    let version_length = rest.iter().position(|byte| *byte == b' ')?;
    let version = &rest[..version_length];
    let mut parts = version.split(|byte| *byte == b'.');
    let digits = |part: &[u8]| !part.is_empty() && part.len() <= 2 && part.iter().all(u8::is_ascii_digit);
    if !parts.next().is_some_and(digits) || !parts.next().is_none_or(digits) || parts.next().is_some() {
        return None;
    }
    let after = &rest[version_length + 1..];
    let code = after.split(|byte| *byte == b' ').next().unwrap_or_default();
    let valid = code.len() == 3 && code.iter().all(u8::is_ascii_digit);
    let value = code.iter().fold(0u16, |value, digit| value.saturating_mul(10).saturating_add(u16::from(digit.wrapping_sub(b'0'))));
    Some(if valid && (100..=599).contains(&value) { Code::Valid(value) } else { Code::Invalid })
}

/// The text where the code goes in a status-like line, for messages.
pub(crate) fn code_text(line: &[u8]) -> &[u8] {
    let after_version = line.iter().position(|byte| *byte == b' ').map_or(line.len(), |space| space + 1);
    let rest = &line[after_version..];
    &rest[..rest.iter().position(|byte| *byte == b' ').unwrap_or(rest.len())]
}

/// One header field line, unfolded. Name and value are places in the input, so reading a head
/// allocates only for folded values.
pub(crate) struct Field {
    /// Where its line starts.
    pub(crate) at: usize,
    pub(crate) name: Range<usize>,
    value: Value,
}

enum Value {
    /// The value as it stands on its line.
    Line(Range<usize>),
    /// The value and its continuation lines, joined by spaces.
    Folded(Vec<u8>),
}

impl Field {
    pub(crate) fn value<'a>(&'a self, input: &'a [u8]) -> &'a [u8] {
        match &self.value {
            Value::Line(range) => &input[range.clone()],
            Value::Folded(value) => value,
        }
    }
}

/// A field name as RFC 9110 spells a token (what `http::HeaderName` accepts).
fn is_token(name: &[u8]) -> bool {
    const SYMBOLS: &[u8] = b"!#$%&'*+-.^_`|~";
    !name.is_empty() && name.len() < 1 << 16 && name.iter().all(|byte| byte.is_ascii_alphanumeric() || SYMBOLS.contains(byte))
}

/// Whether a field value holds no control character but tab (what `http::HeaderValue` accepts).
fn is_value(value: &[u8]) -> bool {
    value.iter().all(|byte| *byte == b'\t' || (*byte >= 32 && *byte != 127))
}

/// A status line and its header section.
pub(crate) struct Head {
    pub(crate) code: u16,
    pub(crate) status_line: Line,
    pub(crate) fields: Vec<Field>,
    /// Where the content starts: after the empty line that ends the section.
    pub(crate) end: usize,
    /// Whether an empty line ends the section (rather than the end of the input).
    pub(crate) terminated: bool,
    /// Whether every line of the head ends with CR LF (or CR CR LF), as curl writes them.
    pub(crate) crlf: bool,
    /// Whether any line ends with CR CR LF.
    pub(crate) cr_cr_lf: bool,
}

/// Why a head cannot be read: a message about the line that starts at `at`.
pub(crate) struct Malformed {
    pub(crate) at: usize,
    pub(crate) message: String,
}

/// The head that starts at `start`, whose first line is a status line with a valid code.
pub(crate) fn read(input: &[u8], start: usize) -> Result<Head, Malformed> {
    let status_line = line_at(input, start);
    let Some(Code::Valid(code)) = status_code(status_line.text(input)) else {
        return Err(Malformed { at: start, message: "not a status line".to_owned() });
    };
    let mut head = Head {
        code,
        status_line,
        fields: Vec::new(),
        end: input.len(),
        terminated: false,
        crlf: status_line.ending.has_cr(),
        cr_cr_lf: status_line.ending == Ending::CrCrLf,
    };
    let mut pos = status_line.next;
    while pos < input.len() {
        let line = line_at(input, pos);
        head.crlf &= line.ending.has_cr() || line.ending == Ending::Eof;
        head.cr_cr_lf |= line.ending == Ending::CrCrLf;
        pos = line.next;
        let text = line.text(input);
        if text.is_empty() {
            head.terminated = line.ending != Ending::Eof;
            head.end = pos;
            return Ok(head);
        }
        if matches!(text[0], b' ' | b'\t') {
            // Obsolete line folding: the line continues the previous field's value.
            let Some(field) = head.fields.last_mut() else {
                return Err(Malformed { at: line.start, message: "a header line starts with white space but follows no field".to_owned() });
            };
            let continued = text.trim_ascii();
            if !is_value(continued) {
                return Err(Malformed { at: line.start, message: "a folded header line holds a control character".to_owned() });
            }
            let mut value = field.value(input).to_vec();
            if let Value::Folded(folded) = &mut field.value {
                value = std::mem::take(folded);
            }
            value.push(b' ');
            value.extend_from_slice(continued);
            field.value = Value::Folded(value);
            continue;
        }
        let Some(colon) = memchr::memchr(b':', text) else {
            let message = format!("expected a header field such as `Content-Type: text/html`, found `{}`", shown(text));
            return Err(Malformed { at: line.start, message });
        };
        let name = &text[..colon];
        if !is_token(name) {
            return Err(Malformed { at: line.start, message: format!("`{}` is not a header field name", shown(name)) });
        }
        let raw = &text[colon + 1..];
        let value = raw.trim_ascii();
        if !is_value(value) {
            let message = format!("the value of `{}` holds a control character", shown(name).to_ascii_lowercase());
            return Err(Malformed { at: line.start, message });
        }
        let value_start = line.start + colon + 1 + (raw.len() - raw.trim_ascii_start().len());
        head.fields.push(Field {
            at: line.start,
            name: line.start..line.start + colon,
            value: Value::Line(value_start..value_start + value.len()),
        });
    }
    head.end = input.len();
    Ok(head)
}

/// A line as it may be shown in a message: lossy UTF-8, invisible characters escaped, cut at 60
/// characters.
pub(crate) fn shown(line: &[u8]) -> String {
    let text = String::from_utf8_lossy(line);
    let mut out = String::new();
    for (count, character) in text.chars().enumerate() {
        if count == 59 && text.chars().nth(60).is_some() {
            out.push('…');
            break;
        }
        if character.is_control() || matches!(character, '\u{feff}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}') {
            out.extend(character.escape_unicode());
        } else {
            out.push(character);
        }
    }
    out
}
