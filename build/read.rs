//! A typed reader over toml's spanned document (`toml::de::DeTable`), in place of serde: every
//! value keeps its byte span, so each problem is reported at its own `file:line:col`, and a key
//! nobody asked for is an error at that key.

use std::borrow::Cow;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::diagnostic::Diagnostic;
use super::load::File;

/// A TOML value as parsed, with its span.
pub type Value<'i> = Spanned<DeValue<'i>>;

/// Collects the problems found while reading one file.
pub struct Errors<'f> {
    file: &'f File,
    pub list: Vec<Diagnostic>,
}

impl<'f> Errors<'f> {
    pub fn new(file: &'f File) -> Self {
        Errors { file, list: Vec::new() }
    }

    pub fn at(&mut self, span: Range<usize>, message: impl Into<String>) {
        self.list.push(self.file.error(Some(span), message));
    }

    /// A value of the wrong type: `` `key`: invalid type: expected a string, found an integer ``.
    fn wrong_type(&mut self, key: &str, value: &Value<'_>, expected: &str) {
        let found = match value.get_ref() {
            DeValue::String(_) => "a string",
            DeValue::Integer(_) => "an integer",
            DeValue::Float(_) => "a float",
            DeValue::Boolean(_) => "a boolean",
            DeValue::Datetime(_) => "a date-time",
            DeValue::Array(_) => "an array",
            DeValue::Table(_) => "a table",
        };
        self.at(value.span(), format!("`{key}`: invalid type: expected {expected}, found {found}"));
    }
}

/// A table being read: each field is taken once by name; [`Table::finish`] reports the rest.
pub struct Table<'a, 'i> {
    entries: &'a DeTable<'i>,
    span: Range<usize>,
    /// What the table is called in messages about a missing field (`[spec]`, `the file`).
    what: Cow<'static, str>,
    fields: &'static [&'static str],
}

impl<'a, 'i> Table<'a, 'i> {
    /// A table that may hold only `fields`.
    pub fn new(table: &'a DeTable<'i>, span: Range<usize>, what: impl Into<Cow<'static, str>>, fields: &'static [&'static str]) -> Self {
        Table { entries: table, span, what: what.into(), fields }
    }

    /// The value under `key`; `key` must be one of the table's fields.
    pub fn get(&self, key: &str) -> Option<&'a Value<'i>> {
        debug_assert!(self.fields.contains(&key), "`{key}` is not declared");
        self.entries.get(key)
    }

    /// The value under `key`, reported as missing when absent (unless a misspelling of it is
    /// there: [`Table::finish`] reports that one, with the right spelling).
    pub fn require(&self, errors: &mut Errors<'_>, key: &str) -> Option<&'a Value<'i>> {
        let value = self.get(key);
        let misspelt = self.unknown_keys().any(|unknown| self.closest_field(unknown) == Some(key));
        if value.is_none() && !misspelt {
            errors.at(self.span.clone(), format!("{}: missing field `{key}`", self.what));
        }
        value
    }

    /// Reports every key that is not one of the table's fields.
    pub fn finish(self, errors: &mut Errors<'_>) {
        for (key, _) in self.entries.iter().filter(|(key, _)| !self.fields.contains(&key.get_ref().as_ref())) {
            let message = if let Some(field) = self.closest_field(key.get_ref()) {
                format!("unknown field `{}`; did you mean `{field}`?", key.get_ref())
            } else {
                let expected = self.fields.iter().map(|field| format!("`{field}`")).collect::<Vec<_>>().join(", ");
                format!("unknown field `{}`, expected one of {expected}", key.get_ref())
            };
            errors.at(key.span(), message);
        }
    }

    fn unknown_keys(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|(key, _)| key.get_ref().as_ref()).filter(|key| !self.fields.contains(key))
    }

    /// The field an unknown key most likely misspells: at most two edits away, and not present.
    fn closest_field(&self, unknown: &str) -> Option<&'static str> {
        self.fields
            .iter()
            .copied()
            .filter(|field| !self.entries.contains_key(*field))
            .map(|field| (edit_distance(unknown, field), field))
            .filter(|(distance, _)| *distance <= 2)
            .min()
            .map(|(_, field)| field)
    }
}

/// The longest text a field may hold, far above any real description: a runaway value is an
/// error, not a multi-megabyte const.
pub const MAX_TEXT: usize = 4_000;

/// A string value.
pub fn string(errors: &mut Errors<'_>, key: &str, value: &Value<'_>) -> Option<Spanned<String>> {
    let DeValue::String(text) = value.get_ref() else {
        errors.wrong_type(key, value, "a string");
        return None;
    };
    let length = text.chars().count();
    if length > MAX_TEXT {
        errors.at(value.span(), format!("`{key}` is {length} characters long; a text field holds at most {MAX_TEXT}"));
        return None;
    }
    Some(Spanned::new(value.span(), text.to_string()))
}

/// A boolean value.
pub fn boolean(errors: &mut Errors<'_>, key: &str, value: &Value<'_>) -> Option<Spanned<bool>> {
    let DeValue::Boolean(flag) = value.get_ref() else {
        errors.wrong_type(key, value, "a boolean");
        return None;
    };
    Some(Spanned::new(value.span(), *flag))
}

/// An integer that fits a `u16`.
pub fn integer(errors: &mut Errors<'_>, key: &str, value: &Value<'_>) -> Option<Spanned<u16>> {
    let DeValue::Integer(number) = value.get_ref() else {
        errors.wrong_type(key, value, "an integer");
        return None;
    };
    let Some(fits) = i64::from_str_radix(number.as_str(), number.radix()).ok().and_then(|number| u16::try_from(number).ok()) else {
        errors.at(value.span(), format!("`{key}`: {number} is out of range: expected a number from 0 to 65535"));
        return None;
    };
    Some(Spanned::new(value.span(), fits))
}

/// One of a closed set of strings, turned into a value by `from_key`.
pub fn keyword<T>(
    errors: &mut Errors<'_>,
    key: &str,
    value: &Value<'_>,
    choices: &[&str],
    from_key: impl Fn(&str) -> Option<T>,
) -> Option<Spanned<T>> {
    // The checking is not generic, so it is compiled once, not once per vocabulary.
    let text = choice(errors, key, value, choices)?;
    Some(Spanned::new(value.span(), from_key(text)?))
}

/// The string `value` holds if it is one of `choices`; otherwise an error listing them.
fn choice<'v>(errors: &mut Errors<'_>, key: &str, value: &'v Value<'_>, choices: &[&str]) -> Option<&'v str> {
    string(errors, key, value)?;
    let text = value.get_ref().as_str()?;
    if choices.contains(&text) {
        return Some(text);
    }
    let choices = choices.iter().map(|choice| format!("`{choice}`")).collect::<Vec<_>>().join(", ");
    errors.at(value.span(), format!("`{key}`: unknown variant `{text}`, expected one of {choices}"));
    None
}

/// A table value, to be read field by field.
pub fn table<'a, 'i>(errors: &mut Errors<'_>, key: &str, value: &'a Value<'i>, fields: &'static [&'static str]) -> Option<Table<'a, 'i>> {
    let DeValue::Table(inner) = value.get_ref() else {
        errors.wrong_type(key, value, "a table");
        return None;
    };
    Some(Table::new(inner, value.span(), format!("`{key}`"), fields))
}

/// An array whose items are read by `item`; items that fail are left out (and reported).
pub fn array<'a, 'i, T>(
    errors: &mut Errors<'_>,
    key: &str,
    value: &'a Value<'i>,
    mut item: impl FnMut(&mut Errors<'_>, &'a Value<'i>) -> Option<T>,
) -> Vec<T> {
    let DeValue::Array(items) = value.get_ref() else {
        errors.wrong_type(key, value, "an array");
        return Vec::new();
    };
    let mut read = Vec::with_capacity(items.len());
    for value in items {
        if let Some(item) = item(errors, value) {
            read.push(item);
        }
    }
    read
}

/// Levenshtein distance, for "did you mean" hints on short keys.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let substitution = diagonal + usize::from(ca != *cb);
            diagonal = row[j + 1];
            row[j + 1] = substitution.min(row[j] + 1).min(diagonal + 1);
        }
    }
    row[b.len()]
}
