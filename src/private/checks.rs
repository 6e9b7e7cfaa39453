//! The `const fn` checks the derive's expansion runs on each `#[status(..)]`. Each returns the
//! message to panic with, so const evaluation stops the build with a sentence from the dataset.

use super::Message;
use crate::generated::{RECORDS, RESPONSE_RULES};
use crate::{Ecosystem, Status};

/// The prepared messages for one status; see `build/rules.rs`.
#[derive(Clone, Copy, Debug)]
pub struct ResponseRules {
    /// Set for 1xx: an interim status cannot be a handler's response.
    pub interim: Option<&'static str>,
    /// Set when content is never allowed (1xx, 204, 205, 304).
    pub body: Option<&'static str>,
    /// Lower-cased header fields the specification requires in every response with this
    /// status, each with the message for their absence.
    pub required_headers: &'static [(&'static str, &'static str)],
}

/// The message for an interim (1xx) status used as a response.
pub const fn interim_problem(status: Status) -> Option<&'static str> {
    RESPONSE_RULES[status.index()].interim
}

/// The message for a body on a status that never carries one.
pub const fn body_problem(status: Status) -> Option<&'static str> {
    RESPONSE_RULES[status.index()].body
}

/// The message for the first required header field missing from `fields` (lower-case names).
pub const fn missing_header(status: Status, fields: &[&str]) -> Option<&'static str> {
    let required = RESPONSE_RULES[status.index()].required_headers;
    let mut i = 0;
    while i < required.len() {
        let (name, message) = required[i];
        if !contains(fields, name) {
            return Some(message);
        }
        i += 1;
    }
    None
}

/// Whether every response with `status` must send `field` (a lower-case name).
pub const fn requires(status: Status, field: &str) -> bool {
    let required = RESPONSE_RULES[status.index()].required_headers;
    let mut i = 0;
    while i < required.len() {
        if eq(required[i].0.as_bytes(), field.as_bytes()) {
            return true;
        }
        i += 1;
    }
    false
}

/// The message for an `Option` field carrying `field` (lower-case), which every response with
/// `status` must send: `None` would leave it out.
pub const fn optional_problem(status: Status, field: &str) -> Option<Message> {
    if !requires(status, field) {
        return None;
    }
    let rules = status.headers();
    let mut i = 0;
    while i < rules.len() {
        let rule = &rules[i];
        if eq_ignore_case(rule.field.as_bytes(), field.as_bytes()) {
            let mut message = Message::new()
                .push("`")
                .push_number(status.code())
                .push(" ")
                .push(status.reason())
                .push("` must always be sent with the `")
                .push(rule.field)
                .push("` header field (")
                .push(rule.spec.document);
            if let Some(section) = rule.spec.section {
                message = message.push(" §").push(section);
            }
            return Some(message.push(
                "), so its field cannot be an `Option`: `None` would leave the field out; give the field the value's own type, such as `String`",
            ));
        }
        i += 1;
    }
    None
}

/// The status `name` stands for in `ecosystem`, as [`Status::from_alias`] finds it (qualified,
/// with one of the other qualifiers users write, or bare), but in const context: a linear scan,
/// which costs nothing at run time because it runs in the compiler.
pub const fn from_alias(ecosystem: Ecosystem, name: &str) -> Option<Status> {
    let bare = unqualified(ecosystem, name.as_bytes());
    let qualifier = ecosystem.qualifier().as_bytes();
    let mut i = 0;
    while i < RECORDS.len() {
        let aliases = RECORDS[i].aliases;
        let mut j = 0;
        while j < aliases.len() {
            let alias = &aliases[j];
            if alias.ecosystem as u8 == ecosystem as u8 {
                let full = alias.name.as_bytes();
                if eq(full, name.as_bytes()) || eq_after(full, qualifier, bare) {
                    return Some(Status::known(RECORDS[i].code));
                }
            }
            j += 1;
        }
        i += 1;
    }
    None
}

/// `name` without the first of the ecosystem's other qualifiers it starts with
/// (`rest_framework.status.` for Django REST framework), or `name` itself.
const fn unqualified(ecosystem: Ecosystem, name: &[u8]) -> &[u8] {
    let others = ecosystem.other_qualifiers();
    let mut i = 0;
    while i < others.len() {
        let other = others[i].as_bytes();
        if name.len() > other.len() {
            let (head, rest) = name.split_at(other.len());
            if eq(head, other) {
                return rest;
            }
        }
        i += 1;
    }
    name
}

const fn contains(list: &[&str], wanted: &str) -> bool {
    let mut i = 0;
    while i < list.len() {
        if eq(list[i].as_bytes(), wanted.as_bytes()) {
            return true;
        }
        i += 1;
    }
    false
}

/// Whether `full` is `prefix` followed by `rest`.
const fn eq_after(full: &[u8], prefix: &[u8], rest: &[u8]) -> bool {
    if full.len() != prefix.len() + rest.len() {
        return false;
    }
    let mut i = 0;
    while i < full.len() {
        let expected = if i < prefix.len() { prefix[i] } else { rest[i - prefix.len()] };
        if full[i] != expected {
            return false;
        }
        i += 1;
    }
    true
}

pub(super) const fn eq(a: &[u8], b: &[u8]) -> bool {
    eq_after(a, &[], b)
}

const fn eq_ignore_case(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if !a[i].eq_ignore_ascii_case(&b[i]) {
            return false;
        }
        i += 1;
    }
    true
}
