//! TOML text to a tree of spanned values: the parser the data files are read with.
//!
//! It is our own, not the `toml` crate, because every user compiles the build script and its
//! dependencies on every clean build, and `toml` with its parser family took more CPU to compile
//! than the rest of the build script (BENCHMARKS.md, "Build cost"). It reads TOML 1.1 as the data
//! files use it: tables, arrays of tables, dotted keys, inline tables, arrays, the four string
//! forms, integers and booleans. Floats and dates, which no field holds, are refused with an
//! error that says so rather than misread. `tests/document.rs` checks the tree, and the span of
//! every key and value, against the `toml` crate on every data file and on random edits of them,
//! and that malformed text fails in both.

use std::ops::Range;

/// Most parts in a dotted key or table header: the data nests three levels at most.
pub const MAX_KEY_PARTS: usize = 16;

/// Deepest nesting of arrays and inline tables in one value.
pub const MAX_NESTING: usize = 16;

/// A value and the byte range of the file it was read from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spanned<T> {
    span: Range<usize>,
    value: T,
}

impl<T> Spanned<T> {
    pub fn new(span: Range<usize>, value: T) -> Self {
        Spanned { span, value }
    }

    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }

    pub fn get_ref(&self) -> &T {
        &self.value
    }

    pub fn into_inner(self) -> T {
        self.value
    }
}

/// A TOML value; tables keep their keys in the order written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Value {
    String(String),
    Integer(i64),
    Boolean(bool),
    Array(Vec<Spanned<Value>>),
    Table(Table),
}

/// A table: its entries in the order written, and how it came to be.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    entries: Vec<(Spanned<String>, Spanned<Value>)>,
    origin: Origin,
}

/// How a table was made, which decides what may add keys to it later (TOML's rules).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Origin {
    /// Named by a `[header]`: defined once, open to sub-tables.
    Header,
    /// A prefix of a header not yet named itself (`a` in `[a.b]`): a later `[a]` defines it.
    Implicit,
    /// An element of an array of tables (`[[a]]`).
    ArrayElement,
    /// Made by a dotted key (`a.b = 1` makes `a`): more dotted keys may add to it.
    Dotted,
    /// `{ ... }`: complete as written.
    Inline,
}

impl Value {
    pub fn as_str(&self) -> Option<&str> {
        if let Value::String(text) = self { Some(text) } else { None }
    }

    pub fn as_array(&self) -> Option<&[Spanned<Value>]> {
        if let Value::Array(items) = self { Some(items) } else { None }
    }

    pub fn is_table(&self) -> bool {
        matches!(self, Value::Table(_))
    }
}

impl Table {
    fn new(origin: Origin) -> Self {
        Table { entries: Vec::new(), origin }
    }

    /// The value under `key`.
    pub fn get(&self, key: &str) -> Option<&Spanned<Value>> {
        self.entries.iter().find(|(name, _)| name.value == key).map(|(_, value)| value)
    }

    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// Keys and values in the order written.
    pub fn iter(&self) -> std::slice::Iter<'_, (Spanned<String>, Spanned<Value>)> {
        self.entries.iter()
    }

    fn position(&self, key: &str) -> Option<usize> {
        self.entries.iter().position(|(name, _)| name.value == key)
    }

    /// Adds an empty table under `key` and returns its position.
    fn push(&mut self, key: &Spanned<String>, origin: Origin) -> usize {
        self.entries.push((key.clone(), Spanned::new(key.span(), Value::Table(Table::new(origin)))));
        self.entries.len() - 1
    }
}

/// Why the text is not a document we read, and where.
#[derive(Debug, PartialEq, Eq)]
pub struct Error {
    pub span: Range<usize>,
    pub message: String,
}

type Result<T> = std::result::Result<T, Error>;

/// Parses a whole file. The root table spans the text.
///
/// # Errors
/// The first problem found, at its place.
pub fn parse(text: &str) -> Result<Spanned<Table>> {
    let mut parser = Parser { text, pos: 0, inline: 0 };
    // Editors on Windows may start a file with a byte-order mark; it is not content.
    if text.starts_with('\u{feff}') {
        parser.pos = '\u{feff}'.len_utf8();
    }
    let mut root = Table::new(Origin::Header);
    // The keys of the last header, whose table the following key/value lines fill.
    let mut current: Vec<Spanned<String>> = Vec::new();
    loop {
        parser.skip_blank_lines()?;
        let Some(next) = parser.peek() else { break };
        if next == b'[' {
            let header = parser.header()?;
            open(&mut root, &header, text)?;
            current = header.keys;
        } else {
            let start = parser.pos;
            let keys = parser.key()?;
            check_depth(&keys, start)?;
            parser.expect_equals(&keys)?;
            let value = parser.value(0)?;
            let table = current_table(&mut root, &current).ok_or_else(|| error_at(start, "this key's table is not open"))?;
            insert(table, keys, value, text)?;
        }
        parser.end_of_line()?;
    }
    Ok(Spanned::new(0..text.len(), root))
}

/// A `[table]` or `[[array.of.tables]]` line.
struct Header {
    keys: Vec<Spanned<String>>,
    array: bool,
    span: Range<usize>,
}

/// Makes the table a header names, and checks that TOML allows it to be made here.
fn open(root: &mut Table, header: &Header, text: &str) -> Result<()> {
    let Some((last, prefix)) = header.keys.split_last() else {
        return Err(Error { span: header.span.clone(), message: "a table header needs a name".to_owned() });
    };
    let mut table = root;
    for key in prefix {
        let index = table.position(&key.value).unwrap_or_else(|| table.push(key, Origin::Implicit));
        let (name, value) = &mut table.entries[index];
        let next = match &mut value.value {
            Value::Table(inner) if inner.origin != Origin::Inline => Some(inner),
            Value::Array(items) => last_element(items),
            _ => None,
        };
        table = next.ok_or_else(|| already_defined(key, name, text))?;
    }
    let fresh = Table::new(if header.array { Origin::ArrayElement } else { Origin::Header });
    let Some(index) = table.position(&last.value) else {
        let value =
            if header.array { Value::Array(vec![Spanned::new(header.span.clone(), Value::Table(fresh))]) } else { Value::Table(fresh) };
        table.entries.push((last.clone(), Spanned::new(header.span.clone(), value)));
        return Ok(());
    };
    let (name, existing) = &mut table.entries[index];
    match (&mut existing.value, header.array) {
        (Value::Table(inner), false) if inner.origin == Origin::Implicit => {
            // Defined now: it is reported at this header from here on.
            inner.origin = Origin::Header;
            existing.span = header.span.clone();
            name.span = last.span();
            Ok(())
        }
        (Value::Array(items), true) if is_array_of_tables(items) => {
            items.push(Spanned::new(header.span.clone(), Value::Table(fresh)));
            Ok(())
        }
        _ => Err(already_defined(last, name, text)),
    }
}

/// Whether `items` was made by `[[headers]]` (not written as `a = [...]`).
fn is_array_of_tables(items: &[Spanned<Value>]) -> bool {
    matches!(items.last().map(Spanned::get_ref), Some(Value::Table(table)) if table.origin == Origin::ArrayElement)
}

/// The table the last `[[header]]` opened, if `items` is an array of tables (not `a = [...]`).
fn last_element(items: &mut [Spanned<Value>]) -> Option<&mut Table> {
    match items.last_mut().map(|item| &mut item.value) {
        Some(Value::Table(table)) if table.origin == Origin::ArrayElement => Some(table),
        _ => None,
    }
}

/// The table the key/value lines after the header `path` go into.
fn current_table<'t>(root: &'t mut Table, path: &[Spanned<String>]) -> Option<&'t mut Table> {
    let mut table = root;
    for key in path {
        let index = table.position(&key.value)?;
        table = match &mut table.entries[index].1.value {
            Value::Table(inner) => inner,
            Value::Array(items) => last_element(items)?,
            _ => return None,
        };
    }
    Some(table)
}

/// Adds `a.b.c = value` to `table`, making `a` and `a.b` as dotted-key tables.
fn insert(table: &mut Table, keys: Vec<Spanned<String>>, value: Spanned<Value>, text: &str) -> Result<()> {
    let mut keys = keys;
    let Some(last) = keys.pop() else {
        return Err(Error { span: value.span(), message: "a value needs a key".to_owned() });
    };
    let mut table = table;
    for key in keys {
        let index = table.position(&key.value).unwrap_or_else(|| table.push(&key, Origin::Dotted));
        let (name, existing) = &mut table.entries[index];
        table = match &mut existing.value {
            Value::Table(inner) if inner.origin == Origin::Dotted => inner,
            _ => return Err(already_defined(&key, name, text)),
        };
    }
    if let Some(index) = table.position(&last.value) {
        return Err(already_defined(&last, &table.entries[index].0, text));
    }
    table.entries.push((last, value));
    Ok(())
}

/// `key` was given before, at `earlier`.
fn already_defined(key: &Spanned<String>, earlier: &Spanned<String>, text: &str) -> Error {
    let line = text[..earlier.span.start.min(text.len())].matches('\n').count() + 1;
    Error { span: key.span(), message: format!("duplicate key `{}`: it is already defined on line {line}", key.value) }
}

fn check_depth(keys: &[Spanned<String>], start: usize) -> Result<()> {
    if keys.len() > MAX_KEY_PARTS {
        return Err(Error {
            span: start..start,
            message: format!("this key nests {} tables deep; data files nest a few levels at most", keys.len()),
        });
    }
    Ok(())
}

struct Parser<'t> {
    text: &'t str,
    pos: usize,
    /// How many inline tables the parser is inside: there, keys and `=` may be split over lines.
    inline: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn peek_char(&self) -> Option<char> {
        self.text[self.pos..].chars().next()
    }

    fn rest(&self) -> &str {
        &self.text[self.pos..]
    }

    /// What is at the current position, for "expected X, found Y" messages.
    fn found(&self) -> String {
        match self.peek_char() {
            None => "the end of the file".to_owned(),
            Some('\n') => "the end of the line".to_owned(),
            Some(c) => format!("{c:?}"),
        }
    }

    fn skip_spaces(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.pos += 1;
        }
    }

    /// A `#` comment up to the end of the line, if there is one.
    fn skip_comment(&mut self) -> Result<()> {
        if self.peek() != Some(b'#') {
            return Ok(());
        }
        let end = self.rest().find('\n').map_or(self.text.len(), |offset| self.pos + offset);
        if let Some((offset, c)) = self.text[self.pos..end].char_indices().find(|(_, c)| is_forbidden_control(*c)) {
            return Err(error_at(self.pos + offset, format!("a comment holds the control character {c:?}")));
        }
        self.pos = end;
        Ok(())
    }

    /// Between the parts of a key/value: spaces, or inside an inline table any blank space.
    fn skip_gap(&mut self) -> Result<()> {
        if self.inline > 0 {
            self.skip_blank_lines()
        } else {
            self.skip_spaces();
            Ok(())
        }
    }

    /// Spaces, comments and line ends between lines (and inside arrays and inline tables).
    fn skip_blank_lines(&mut self) -> Result<()> {
        loop {
            self.skip_spaces();
            self.skip_comment()?;
            match self.peek() {
                Some(b'\n') => self.pos += 1,
                Some(b'\r') => return Err(error_at(self.pos, "a carriage return without a line feed after it")),
                _ => return Ok(()),
            }
        }
    }

    /// After a key/value or a header: nothing else on the line but a comment.
    fn end_of_line(&mut self) -> Result<()> {
        self.skip_spaces();
        self.skip_comment()?;
        match self.peek() {
            None => Ok(()),
            Some(b'\n') => {
                self.pos += 1;
                Ok(())
            }
            _ => Err(error_at(self.pos, format!("expected the end of the line, found {}", self.found()))),
        }
    }

    fn header(&mut self) -> Result<Header> {
        let start = self.pos;
        let array = self.rest().starts_with("[[");
        self.pos += if array { 2 } else { 1 };
        let keys = self.key()?;
        check_depth(&keys, start)?;
        let close = if array { "]]" } else { "]" };
        if !self.rest().starts_with(close) {
            return Err(error_at(self.pos, format!("expected `{close}` to close the table header, found {}", self.found())));
        }
        self.pos += close.len();
        Ok(Header { keys, array, span: start..self.pos })
    }

    /// A key, dotted or not: `code`, `"quoted key"`, `a.b.c`. Spaces may surround it and its dots.
    fn key(&mut self) -> Result<Vec<Spanned<String>>> {
        let mut keys = Vec::new();
        loop {
            self.skip_gap()?;
            keys.push(self.simple_key()?);
            self.skip_gap()?;
            if self.peek() != Some(b'.') {
                return Ok(keys);
            }
            self.pos += 1;
        }
    }

    fn simple_key(&mut self) -> Result<Spanned<String>> {
        let start = self.pos;
        let name = if let Some(quote @ (b'"' | b'\'')) = self.peek() {
            self.string(quote)?
        } else {
            let length = self.rest().bytes().take_while(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'_' | b'-')).count();
            if length == 0 {
                return Err(error_at(start, format!("expected a key, found {}", self.found())));
            }
            self.pos += length;
            self.text[start..self.pos].to_owned()
        };
        Ok(Spanned::new(start..self.pos, name))
    }

    fn expect_equals(&mut self, keys: &[Spanned<String>]) -> Result<()> {
        self.skip_gap()?;
        if self.peek() != Some(b'=') {
            let key = keys.iter().map(|key| key.value.as_str()).collect::<Vec<_>>().join(".");
            return Err(error_at(self.pos, format!("expected `=` after the key `{key}`, found {}", self.found())));
        }
        self.pos += 1;
        self.skip_gap()
    }

    /// A value; `depth` counts the arrays and inline tables it is inside.
    fn value(&mut self, depth: usize) -> Result<Spanned<Value>> {
        let start = self.pos;
        if depth > MAX_NESTING {
            return Err(error_at(start, format!("arrays and inline tables nest more than {MAX_NESTING} deep here")));
        }
        let value = match self.peek() {
            Some(quote @ (b'"' | b'\'')) if self.rest().as_bytes().get(..3) == Some(&[quote; 3]) => {
                Value::String(self.multi_line_string(quote)?)
            }
            Some(quote @ (b'"' | b'\'')) => Value::String(self.string(quote)?),
            Some(b'[') => Value::Array(self.array(depth)?),
            Some(b'{') => Value::Table(self.inline_table(depth)?),
            _ => self.bare_value()?,
        };
        Ok(Spanned::new(start..self.pos, value))
    }

    fn array(&mut self, depth: usize) -> Result<Vec<Spanned<Value>>> {
        self.pos += 1;
        let mut items = Vec::new();
        loop {
            self.skip_blank_lines()?;
            if self.peek() == Some(b']') {
                self.pos += 1;
                return Ok(items);
            }
            items.push(self.value(depth + 1)?);
            self.skip_blank_lines()?;
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(items);
                }
                _ => return Err(error_at(self.pos, format!("expected `,` or `]` in the array, found {}", self.found()))),
            }
        }
    }

    /// `{ key = value, ... }`; line breaks and a trailing comma are allowed, as in TOML 1.1.
    fn inline_table(&mut self, depth: usize) -> Result<Table> {
        self.pos += 1;
        self.inline += 1;
        let table = self.inline_table_entries(depth);
        self.inline -= 1;
        table
    }

    fn inline_table_entries(&mut self, depth: usize) -> Result<Table> {
        let mut table = Table::new(Origin::Inline);
        loop {
            self.skip_blank_lines()?;
            if self.peek() == Some(b'}') {
                self.pos += 1;
                return Ok(table);
            }
            let start = self.pos;
            let keys = self.key()?;
            check_depth(&keys, start)?;
            self.expect_equals(&keys)?;
            let value = self.value(depth + 1)?;
            insert(&mut table, keys, value, self.text)?;
            self.skip_blank_lines()?;
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(table);
                }
                _ => return Err(error_at(self.pos, format!("expected `,` or `}}` in the inline table, found {}", self.found()))),
            }
        }
    }

    /// `true`, `false`, or an integer; floats and dates are refused by name.
    fn bare_value(&mut self) -> Result<Value> {
        let start = self.pos;
        let length = self.rest().bytes().take_while(|byte| byte.is_ascii_alphanumeric() || b"_+-.:".contains(byte)).count();
        let token = &self.text[start..start + length];
        if token.is_empty() {
            return Err(error_at(start, format!("expected a value, found {}", self.found())));
        }
        self.pos += length;
        match token {
            "true" => return Ok(Value::Boolean(true)),
            "false" => return Ok(Value::Boolean(false)),
            _ => {}
        }
        let unsigned = token.trim_start_matches(['+', '-']);
        let radix = match unsigned.get(..2) {
            Some("0x") => 16,
            Some("0o") => 8,
            Some("0b") => 2,
            _ => 10,
        };
        let is_date = (token.len() >= 5 && token.as_bytes()[4] == b'-') || token.contains(':');
        let is_float = radix == 10 && (token.contains(['.', 'e', 'E']) || unsigned == "inf" || unsigned == "nan");
        let message = if is_date {
            format!("`{token}`: dates are written as strings in the data, such as \"2025-09-15\"")
        } else if is_float {
            format!("`{token}`: no field holds a fraction; write a whole number")
        } else if let Some(number) = integer(token, radix) {
            return Ok(Value::Integer(number));
        } else if token.bytes().all(|byte| byte.is_ascii_digit() || b"_+-".contains(&byte)) || radix != 10 {
            format!("`{token}` is not a valid integer")
        } else {
            format!("`{token}` is not a value; text goes in quotes: \"{token}\"")
        };
        Err(Error { span: start..self.pos, message })
    }

    /// `"..."`, with escapes, or `'...'`, without.
    fn string(&mut self, quote: u8) -> Result<String> {
        let start = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            match self.peek_char() {
                Some(c) if c == char::from(quote) => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some('\\') if quote == b'"' => out.push(self.escape()?),
                None | Some('\n') => {
                    let quote = char::from(quote);
                    return Err(error_at(start, format!("this string is not closed on its line: add the closing `{quote}`")));
                }
                Some(c) => self.string_char(c, &mut out)?,
            }
        }
    }

    /// `"""..."""`, with escapes and a `\` at the end of a line joining it to the next, or
    /// `'''...'''`, without; a line break right after the opening quotes is dropped.
    fn multi_line_string(&mut self, quote: u8) -> Result<String> {
        let start = self.pos;
        let text = self.text;
        let delimiter = &text[start..start + 3];
        self.pos += 3;
        if self.peek() == Some(b'\n') {
            self.pos += 1;
        }
        let mut out = String::new();
        loop {
            if self.rest().starts_with(delimiter) {
                self.close_multi_line(quote, &mut out)?;
                return Ok(out);
            }
            match self.peek_char() {
                None => return Err(error_at(start, format!("this string is never closed: add the closing `{delimiter}`"))),
                Some('\\') if quote == b'"' && self.at_line_ending_backslash() => {
                    self.pos += 1;
                    self.pos += self.rest().bytes().take_while(|byte| matches!(byte, b' ' | b'\t' | b'\n')).count();
                }
                Some('\\') if quote == b'"' => out.push(self.escape()?),
                Some('\n') => {
                    out.push('\n');
                    self.pos += 1;
                }
                Some(c) => self.string_char(c, &mut out)?,
            }
        }
    }

    /// A backslash followed by nothing but spaces up to the end of the line.
    fn at_line_ending_backslash(&self) -> bool {
        let after = &self.text[self.pos + 1..];
        after.trim_start_matches([' ', '\t']).starts_with('\n')
    }

    /// The closing three quotes of a multi-line string; one or two more right before them belong
    /// to the text (`"""a""""` is `a"`).
    fn close_multi_line(&mut self, quote: u8, out: &mut String) -> Result<()> {
        let run = self.rest().bytes().take_while(|byte| *byte == quote).count();
        if run > 5 {
            return Err(error_at(self.pos, "more than two quotes in a row inside a multi-line string: escape one"));
        }
        for _ in 3..run {
            out.push(char::from(quote));
        }
        self.pos += run;
        Ok(())
    }

    /// One character of a string's text; control characters other than tab must be escaped.
    fn string_char(&mut self, c: char, out: &mut String) -> Result<()> {
        if is_forbidden_control(c) {
            return Err(error_at(self.pos, format!("the control character {c:?} must be written as an escape in a string")));
        }
        out.push(c);
        self.pos += c.len_utf8();
        Ok(())
    }

    /// `\n`, `\"`, `\u00e9`... at the current backslash.
    fn escape(&mut self) -> Result<char> {
        let start = self.pos;
        self.pos += 1;
        let Some(letter) = self.peek_char() else {
            return Err(error_at(start, "a string ends in the middle of an escape"));
        };
        self.pos += letter.len_utf8();
        let digits = match letter {
            'b' => return Ok('\u{8}'),
            't' => return Ok('\t'),
            'n' => return Ok('\n'),
            'f' => return Ok('\u{c}'),
            'r' => return Ok('\r'),
            'e' => return Ok('\u{1b}'),
            '"' => return Ok('"'),
            '\\' => return Ok('\\'),
            'x' => 2,
            'u' => 4,
            'U' => 8,
            other => return Err(error_at(start, format!("unknown escape `\\{}` in a string", other.escape_debug()))),
        };
        let hex = self.text.get(self.pos..self.pos + digits).filter(|hex| hex.bytes().all(|byte| byte.is_ascii_hexdigit()));
        let Some(c) = hex.and_then(|hex| u32::from_str_radix(hex, 16).ok()).and_then(char::from_u32) else {
            return Err(error_at(start, format!("`\\{letter}` takes {digits} hex digits naming a Unicode scalar value")));
        };
        self.pos += digits;
        Ok(c)
    }
}

fn error_at(at: usize, message: impl Into<String>) -> Error {
    Error { span: at..at, message: message.into() }
}

/// Control characters TOML allows only escaped (tab is allowed as is).
fn is_forbidden_control(c: char) -> bool {
    c != '\t' && c != '\n' && c.is_control()
}

/// A TOML integer: optional sign (decimal only), `_` only between digits, no leading zeros.
fn integer(token: &str, radix: u32) -> Option<i64> {
    let (negative, unsigned) = match token.as_bytes().first()? {
        b'+' if radix == 10 => (false, &token[1..]),
        b'-' if radix == 10 => (true, &token[1..]),
        _ => (false, token),
    };
    let digits = if radix == 10 { unsigned } else { &unsigned[2..] };
    let well_placed = !digits.is_empty() && !digits.starts_with('_') && !digits.ends_with('_') && !digits.contains("__");
    if !well_placed || (radix == 10 && digits.len() > 1 && digits.starts_with('0')) {
        return None;
    }
    let plain: String = digits.chars().filter(|c| *c != '_').collect();
    if !plain.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let magnitude = i128::from_str_radix(&plain, radix).ok()?;
    i64::try_from(if negative { -magnitude } else { magnitude }).ok()
}
