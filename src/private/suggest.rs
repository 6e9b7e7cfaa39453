//! Did-you-mean for `#[status(key = "..")]`, in const evaluation: the derive's expansion calls
//! [`ecosystem`] and [`alias`], so a misspelt ecosystem key or name stops the build with a message
//! naming what was meant, while the macro crate itself reads no data.
//!
//! Names are compared as [`Status::suggestions`](crate::Status::suggestions) compares them:
//! folded (ASCII letter case, `-`, `_` and white space as one space, `:` and `"` dropped), by the
//! optimal-string-alignment distance, a name counting when it is at most a quarter of the text's
//! length in edits away (at least one edit). Everything here runs only on the failing path, in
//! the compiler.

use super::Message;
use super::checks::from_alias;
use crate::generated::RECORDS;
use crate::{Ecosystem, Status};

/// The longest folded text compared, in bytes; longer text gets no suggestion.
const CAP: usize = 128;

/// Text folded for comparison.
#[derive(Clone, Copy)]
struct Folded {
    bytes: [u8; CAP],
    len: usize,
}

/// `text` folded, or `None` when it does not fit.
const fn fold(text: &[u8]) -> Option<Folded> {
    let mut folded = Folded { bytes: [0; CAP], len: 0 };
    let mut i = 0;
    while i < text.len() {
        let byte = match text[i] {
            b':' | b'"' => {
                i += 1;
                continue;
            }
            b'-' | b'_' | b' ' | b'\t' | b'\n' | b'\r' => b' ',
            byte => byte.to_ascii_lowercase(),
        };
        i += 1;
        if byte == b' ' && (folded.len == 0 || folded.bytes[folded.len - 1] == b' ') {
            continue;
        }
        if folded.len == CAP {
            return None;
        }
        folded.bytes[folded.len] = byte;
        folded.len += 1;
    }
    if folded.len > 0 && folded.bytes[folded.len - 1] == b' ' {
        folded.len -= 1;
    }
    Some(folded)
}

/// The optimal-string-alignment distance between two folded texts.
const fn distance(a: &Folded, b: &Folded) -> usize {
    let mut before = [0usize; CAP + 1];
    let mut previous = [0usize; CAP + 1];
    let mut current = [0usize; CAP + 1];
    let mut j = 0;
    while j <= b.len {
        previous[j] = j;
        j += 1;
    }
    let mut i = 1;
    while i <= a.len {
        current[0] = i;
        let mut j = 1;
        while j <= b.len {
            let mut cell = previous[j - 1] + if a.bytes[i - 1] == b.bytes[j - 1] { 0 } else { 1 };
            if previous[j] + 1 < cell {
                cell = previous[j] + 1;
            }
            if current[j - 1] + 1 < cell {
                cell = current[j - 1] + 1;
            }
            if i > 1 && j > 1 && a.bytes[i - 1] == b.bytes[j - 2] && a.bytes[i - 2] == b.bytes[j - 1] && before[j - 2] + 1 < cell {
                cell = before[j - 2] + 1;
            }
            current[j] = cell;
            j += 1;
        }
        before = previous;
        previous = current;
        i += 1;
    }
    previous[b.len]
}

/// The most edits `query` may be from a name that counts.
const fn limit(query: &Folded) -> usize {
    if query.len / 4 > 1 { query.len / 4 } else { 1 }
}

/// `text` without `prefix`, when it starts with it.
const fn strip_prefix<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let (text_bytes, prefix_bytes) = (text.as_bytes(), prefix.as_bytes());
    if text_bytes.len() < prefix_bytes.len() {
        return None;
    }
    let mut i = 0;
    while i < prefix_bytes.len() {
        if text_bytes[i] != prefix_bytes[i] {
            return None;
        }
        i += 1;
    }
    match text.split_at_checked(prefix_bytes.len()) {
        Some((_, rest)) => Some(rest),
        None => None,
    }
}

/// The status with `code`, or the message saying the dataset has none.
#[allow(clippy::result_large_err)] // Only ever called in const evaluation, by the derive's consts.
pub const fn status_code(code: u16) -> Result<Status, Message> {
    match Status::from_u16(code) {
        Some(status) => Ok(status),
        None => Err(Message::new()
            .push("there is no status ")
            .push_number(code)
            .push(" in the status-atlas dataset, which has every IANA-registered code and the widely used unofficial ones")),
    }
}

/// The ecosystem under `key`, or the message naming the keys (and the closest one).
#[allow(clippy::result_large_err)] // Only ever called in const evaluation, by the derive's consts.
pub const fn ecosystem(key: &str) -> Result<Ecosystem, Message> {
    let mut i = 0;
    while i < Ecosystem::ALL.len() {
        if super::checks::eq(Ecosystem::ALL[i].key().as_bytes(), key.as_bytes()) {
            return Ok(Ecosystem::ALL[i]);
        }
        i += 1;
    }
    let mut message = Message::new().push("`").push(key).push("` is not an ecosystem key");
    message = match closest_key(key) {
        Some(best) => message.push("; did you mean `").push(best.key()).push("`?"),
        None => message.push("."),
    };
    message = message.push(" The keys are ");
    let mut i = 0;
    while i < Ecosystem::ALL.len() {
        if i > 0 {
            message = message.push(", ");
        }
        message = message.push("`").push(Ecosystem::ALL[i].key()).push("`");
        i += 1;
    }
    Err(message.push(" (see `Ecosystem::key`)."))
}

/// The key closest to `key`: the fewest edits among those within the limit, or that one starts
/// with the other (`golang` for `go`, `python` for `python2`), the first declared on a tie.
const fn closest_key(key: &str) -> Option<Ecosystem> {
    let Some(query) = fold(key.as_bytes()) else { return None };
    if query.len < 2 {
        return None;
    }
    let (mut best, mut best_distance) = (None, usize::MAX);
    let mut i = 0;
    while i < Ecosystem::ALL.len() {
        if let Some(name) = fold(Ecosystem::ALL[i].key().as_bytes()) {
            let found = distance(&query, &name);
            if (found <= limit(&query) || starts_with(&query, &name) || starts_with(&name, &query)) && found < best_distance {
                (best, best_distance) = (Some(Ecosystem::ALL[i]), found);
            }
        }
        i += 1;
    }
    best
}

/// Whether folded `text` starts with folded `prefix`.
const fn starts_with(text: &Folded, prefix: &Folded) -> bool {
    if prefix.len > text.len {
        return false;
    }
    let mut i = 0;
    while i < prefix.len {
        if text.bytes[i] != prefix.bytes[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The status `name` stands for in `ecosystem`, or the message saying it is none, with the
/// closest name of that ecosystem when one is near.
#[allow(clippy::result_large_err)] // Only ever called in const evaluation, by the derive's consts.
pub const fn alias(ecosystem: Ecosystem, name: &str) -> Result<Status, Message> {
    if let Some(status) = from_alias(ecosystem, name) {
        return Ok(status);
    }
    let mut message =
        Message::new().push("`").push(name).push("` is not a `").push(ecosystem.key()).push("` name in the status-atlas dataset");
    let qualifier = ecosystem.qualifier();
    let written_qualified = !qualifier.is_empty() && strip_prefix(name, qualifier).is_some();
    if let Some(query) = fold(tail(name).as_bytes())
        && has_letter(&query)
        && let Some((alias, code)) = closest(ecosystem, &query)
    {
        let shown = match strip_prefix(alias, qualifier) {
            Some(bare) if !written_qualified => bare,
            _ => alias,
        };
        let status = Status::known(code);
        message = message.push("; did you mean `").push(shown).push("` (").push_number(code).push(" ").push(status.reason()).push(")?");
    } else {
        message = message.push(".");
    }
    Err(message.push(" Names are matched exactly, bare or qualified (see `Status::from_alias`)."))
}

/// The name of `ecosystem` closest to `query`, and its code: fewest edits, then a current
/// name, then a registered code, then the lower code.
const fn closest(ecosystem: Ecosystem, query: &Folded) -> Option<(&'static str, u16)> {
    let mut best: Option<(&'static str, u16)> = None;
    // (distance, legacy, unregistered, code): lower is better.
    let mut best_key = (limit(query) + 1, true, true, u16::MAX);
    let qualifier = ecosystem.qualifier();
    let mut i = 0;
    while i < RECORDS.len() {
        let record = &RECORDS[i];
        let mut j = 0;
        while j < record.aliases.len() {
            let alias = &record.aliases[j];
            if alias.ecosystem as u8 == ecosystem as u8 {
                let bare = match strip_prefix(alias.name, qualifier) {
                    Some(bare) => bare,
                    None => alias.name,
                };
                if let Some(folded) = fold(bare.as_bytes()) {
                    let key = (distance(query, &folded), !alias.is_current(), !Status::known(record.code).is_registered(), record.code);
                    if better(key, best_key) {
                        (best, best_key) = (Some((alias.name, record.code)), key);
                    }
                }
            }
            j += 1;
        }
        i += 1;
    }
    best
}

const fn better(a: (usize, bool, bool, u16), b: (usize, bool, bool, u16)) -> bool {
    if a.0 != b.0 {
        return a.0 < b.0;
    }
    if a.1 != b.1 {
        return !a.1;
    }
    if a.2 != b.2 {
        return !a.2;
    }
    a.3 < b.3
}

/// The name part of a qualified name, as `Status::suggestions` reads it: after the last `.` or
/// `::`, unless nothing but spaces follows.
const fn tail(text: &str) -> &str {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'.' || (bytes[i] == b':' && i + 1 < bytes.len() && bytes[i + 1] == b':') {
            start = if bytes[i] == b'.' { i + 1 } else { i + 2 };
        }
        i += 1;
    }
    let mut blank = true;
    let mut k = start;
    while k < bytes.len() {
        if bytes[k] != b' ' {
            blank = false;
        }
        k += 1;
    }
    if blank {
        return text;
    }
    match text.split_at_checked(start) {
        Some((_, rest)) => rest,
        None => text,
    }
}

/// Text without a letter gets no suggestion: any name would be a guess.
const fn has_letter(folded: &Folded) -> bool {
    let mut i = 0;
    while i < folded.len {
        if folded.bytes[i].is_ascii_alphabetic() {
            return true;
        }
        i += 1;
    }
    false
}

#[cfg(test)]
mod tests {
    extern crate std;
    use std::format;
    use std::string::String;
    use std::vec::Vec;

    use super::{alias, ecosystem};
    use crate::{Ecosystem, Status};

    #[test]
    fn a_known_key_and_name_resolve() {
        assert!(matches!(ecosystem("rails"), Ok(Ecosystem::Rails)));
        assert!(matches!(alias(Ecosystem::Rails, "unprocessable_entity"), Ok(status) if status == Status::UNPROCESSABLE_CONTENT));
    }

    #[test]
    fn an_unknown_key_names_every_key_and_the_closest() {
        let Err(message) = ecosystem("golang") else { panic!("`golang` is no key") };
        assert!(
            message.as_str().starts_with("`golang` is not an ecosystem key; did you mean `go`? The keys are `rails`, `go`, "),
            "{}",
            message.as_str()
        );
        for key in Ecosystem::ALL {
            assert!(message.as_str().contains(&format!("`{}`", key.key())), "{}", message.as_str());
        }
        let Err(message) = ecosystem("nothing_like_it") else { panic!("no key") };
        assert!(!message.as_str().contains("did you mean"), "{}", message.as_str());
    }

    #[test]
    fn a_misspelt_name_gets_the_closest_name_of_its_ecosystem() {
        let Err(message) = alias(Ecosystem::Rails, "unprocesable_entity") else { panic!("a typo") };
        assert!(message.as_str().contains("did you mean `unprocessable_entity` (422 "), "{}", message.as_str());
        let Err(message) = alias(Ecosystem::Rails, ":unprocesable_entity") else { panic!("a typo") };
        assert!(message.as_str().contains("did you mean `:unprocessable_entity` (422 "), "{}", message.as_str());
        let Err(message) = alias(Ecosystem::Go, "http.StatusNotFuond") else { panic!("a typo") };
        assert!(message.as_str().contains("did you mean `http.StatusNotFound` (404 Not Found)?"), "{}", message.as_str());
        let Err(message) = alias(Ecosystem::Rails, "Not Found") else { panic!("a phrase, not a symbol") };
        assert!(message.as_str().contains("did you mean `not_found` (404 Not Found)?"), "{}", message.as_str());
        let Err(message) = alias(Ecosystem::Rails, "teapot_of_doom_and_gloom") else { panic!("no name") };
        assert!(!message.as_str().contains("did you mean"), "{}", message.as_str());
    }

    /// The compile-time suggestion agrees with `Status::suggestions` on one-edit typos of every
    /// current name: the status it names is one `Status::suggestions` offers for the same text.
    #[test]
    fn agrees_with_status_suggestions() {
        for status in Status::ALL {
            for name in status.aliases().iter().filter(|alias| alias.is_current()) {
                let bare = name.bare();
                if bare.len() < 8 || !bare.is_ascii() {
                    continue;
                }
                // Swap two neighbouring letters in the middle.
                let mut bytes = bare.as_bytes().to_vec();
                let middle = bytes.len() / 2;
                bytes.swap(middle, middle + 1);
                let typo = String::from_utf8(bytes).expect("ASCII");
                let Err(message) = alias(name.ecosystem, &typo) else { continue };
                let offered: Vec<Status> = Status::suggestions(&typo).collect();
                let said = message.as_str();
                assert!(said.contains("did you mean"), "{typo}: {said}");
                assert!(
                    offered.iter().any(|offer| said.contains(&format!("({} ", offer.code()))),
                    "{typo}: {said}; Status::suggestions offers {offered:?}"
                );
            }
        }
    }
}
