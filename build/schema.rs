//! The shape of the TOML files in `data/`, and how each is read from a parsed document.
//!
//! Every table rejects keys it does not know, so a typo (`reasn`) is an error at its line and
//! column. Values later checks may complain about keep their span in [`Spanned`].
//! `data/README.md` documents every field.

pub use toml::Spanned;
use toml::de::DeTable;

use super::read::{self, Errors, Table, Value};
use super::vocabulary::{Class, Client, Ecosystem, MethodRewrite, NoteKind, Registration, Requirement, RetryCondition};

/// Whether responses with a status may carry content: `body = "allowed"` or `"forbidden"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Body {
    Allowed,
    Forbidden,
}

/// `data/codes/NNN.toml`: one status code.
#[derive(Debug)]
pub struct Entry {
    pub code: Spanned<u16>,
    pub reason: Spanned<String>,
    pub const_name: Option<Spanned<String>>,
    pub class: Spanned<Class>,
    pub registration: Spanned<Registration>,
    /// The date a temporary registration expires, as the registry gives it.
    pub registration_expires: Option<Spanned<String>>,
    /// The registry marks the code "(OBSOLETED)".
    pub obsoleted: Option<Spanned<bool>>,
    pub iana_description: Option<Spanned<String>>,
    pub summary: Spanned<String>,
    pub description: Spanned<String>,
    pub legacy_reasons: Vec<LegacyReason>,
    pub cacheable_by_default: Spanned<bool>,
    pub cacheable_elsewhere: Option<CacheRule>,
    pub body: Spanned<Body>,
    pub spec: Option<Spanned<Spec>>,
    pub previous_specs: Vec<Spanned<Spec>>,
    pub headers: Vec<Header>,
    pub methods: Vec<Spanned<String>>,
    pub related: Vec<Related>,
    pub notes: Vec<Note>,
    pub origins: Vec<Origin>,
    /// Per ecosystem, in [`Ecosystem::ALL`] order: its names, current first.
    pub aliases: Vec<Vec<Spanned<Alias>>>,
}

#[derive(Debug, Clone)]
pub struct Spec {
    pub document: Spanned<String>,
    pub section: Option<Spanned<String>>,
    pub url: Option<Spanned<String>>,
}

#[derive(Debug)]
pub struct LegacyReason {
    pub reason: Spanned<String>,
    pub source: Spanned<String>,
}

#[derive(Debug)]
pub struct CacheRule {
    pub cacheable: bool,
    pub spec: Spanned<Spec>,
    pub note: Spanned<String>,
}

#[derive(Debug)]
pub struct Header {
    pub field: Spanned<String>,
    pub level: Requirement,
    /// The rule holds only in some responses, which the note names (206's Content-Range).
    pub conditional: Option<Spanned<bool>>,
    pub spec: Spanned<Spec>,
    pub note: Spanned<String>,
}

#[derive(Debug)]
pub struct Related {
    pub code: Spanned<u16>,
    pub why: Spanned<String>,
}

#[derive(Debug)]
pub struct Note {
    pub kind: NoteKind,
    pub text: Spanned<String>,
}

#[derive(Debug)]
pub struct Origin {
    pub who: Spanned<String>,
    pub name: Option<Spanned<String>>,
    pub phrase: Option<Spanned<String>>,
    pub note: Spanned<String>,
}

/// A name, written either as a plain string or as a table with its history.
#[derive(Debug, Clone, Default)]
pub struct Alias {
    pub name: String,
    pub since: Option<String>,
    pub legacy_since: Option<String>,
    pub removed_in: Option<String>,
    pub deprecated: bool,
    pub note: Option<String>,
}

impl Alias {
    /// Whether this is a name the ecosystem uses today.
    pub fn is_current(&self) -> bool {
        self.legacy_since.is_none() && self.removed_in.is_none()
    }
}

/// `data/dataset.toml`: facts about the dataset as a whole.
#[derive(Debug)]
pub struct Dataset {
    /// The "Last Updated" date of the IANA registry the data was checked against.
    pub updated: Spanned<String>,
    pub url: Spanned<String>,
    pub sources: Vec<Source>,
}

/// An upstream file the facts were read from, with the version read.
#[derive(Debug)]
pub struct Source {
    pub topic: Spanned<String>,
    pub name: Spanned<String>,
    pub version: Spanned<String>,
    pub location: Spanned<String>,
}

/// `data/clients.toml`: what well-known clients do with statuses.
#[derive(Debug)]
pub struct Clients {
    pub clients: Vec<ClientEntry>,
}

/// One `[[clients]]` entry: a client, the source read, and its facts as sets of codes.
#[derive(Debug)]
pub struct ClientEntry {
    pub key: Spanned<Client>,
    pub version: Spanned<String>,
    /// When and how the client retries at all, in a sentence.
    pub retry_note: Spanned<String>,
    /// The release from which the client waits as `Retry-After` says.
    pub honours_retry_after: Option<Spanned<String>>,
    pub source: ClientSource,
    pub null_body: Vec<Spanned<u16>>,
    pub redirects: Vec<RedirectRule>,
    pub retries: Vec<RetryRule>,
}

#[derive(Debug)]
pub struct ClientSource {
    pub document: Spanned<String>,
    pub section: Option<Spanned<String>>,
    pub url: Spanned<String>,
}

/// `[[clients.redirects]]`: codes the client follows, and what happens to the method.
#[derive(Debug)]
pub struct RedirectRule {
    pub codes: Vec<Spanned<u16>>,
    pub method: Option<Spanned<MethodRewrite>>,
    pub since: Option<Spanned<String>>,
    pub until: Option<Spanned<String>>,
    pub note: Option<Spanned<String>>,
}

/// `[[clients.retries]]`: codes the client retries, on what condition, in which releases.
#[derive(Debug)]
pub struct RetryRule {
    pub codes: Vec<Spanned<u16>>,
    pub condition: Spanned<RetryCondition>,
    pub methods: Vec<Spanned<String>>,
    pub since: Option<Spanned<String>>,
    pub until: Option<Spanned<String>>,
}

const CLIENT_FIELDS: &[&str] = &["key", "version", "retry_note", "honours_retry_after", "source", "null_body", "redirects", "retries"];

impl Clients {
    /// Reads `clients.toml`.
    pub fn read(errors: &mut Errors<'_>, document: &Spanned<DeTable<'_>>) -> Option<Clients> {
        let t = Table::new(document.get_ref(), document.span(), "the file", &["clients"]);
        let clients = t.require(errors, "clients").map(|v| read::array(errors, "clients", v, ClientEntry::read));
        t.finish(errors);
        Some(Clients { clients: clients? })
    }
}

impl ClientEntry {
    fn read(errors: &mut Errors<'_>, value: &Value<'_>) -> Option<ClientEntry> {
        let t = read::table(errors, "clients", value, CLIENT_FIELDS)?;
        let key = t.require(errors, "key").and_then(|v| read::keyword(errors, "key", v, &Client::KEYS, Client::from_key));
        let version = required_string(errors, &t, "version");
        let retry_note = required_string(errors, &t, "retry_note");
        let honours_retry_after = optional_string(errors, &t, "honours_retry_after");
        let source = t.require(errors, "source").and_then(|v| {
            let t = read::table(errors, "source", v, &["document", "section", "url"])?;
            let document = required_string(errors, &t, "document");
            let section = optional_string(errors, &t, "section");
            let url = required_string(errors, &t, "url");
            t.finish(errors);
            Some(ClientSource { document: document?, section, url: url? })
        });
        let null_body = codes(errors, &t, "null_body");
        let redirects = list(errors, &t, "redirects", |errors, v| {
            let t = read::table(errors, "redirects", v, &["codes", "method", "since", "until", "note"])?;
            let codes = required_codes(errors, &t);
            let method = t.get("method").and_then(|v| read::keyword(errors, "method", v, &MethodRewrite::KEYS, MethodRewrite::from_key));
            let since = optional_string(errors, &t, "since");
            let until = optional_string(errors, &t, "until");
            let note = optional_string(errors, &t, "note");
            t.finish(errors);
            Some(RedirectRule { codes: codes?, method, since, until, note })
        });
        let retries = list(errors, &t, "retries", |errors, v| {
            let t = read::table(errors, "retries", v, &["codes", "condition", "methods", "since", "until"])?;
            let codes = required_codes(errors, &t);
            let condition = t
                .require(errors, "condition")
                .and_then(|v| read::keyword(errors, "condition", v, &RetryCondition::KEYS, RetryCondition::from_key));
            let methods = list(errors, &t, "methods", |errors, v| read::string(errors, "methods", v));
            let since = optional_string(errors, &t, "since");
            let until = optional_string(errors, &t, "until");
            t.finish(errors);
            Some(RetryRule { codes: codes?, condition: condition?, methods, since, until })
        });
        t.finish(errors);
        Some(ClientEntry {
            key: key?,
            version: version?,
            retry_note: retry_note?,
            honours_retry_after,
            source: source?,
            null_body,
            redirects,
            retries,
        })
    }
}

fn codes(errors: &mut Errors<'_>, t: &Table<'_, '_>, key: &str) -> Vec<Spanned<u16>> {
    list(errors, t, key, |errors, v| read::integer(errors, key, v))
}

/// `codes`, which a rule cannot do without.
fn required_codes(errors: &mut Errors<'_>, t: &Table<'_, '_>) -> Option<Vec<Spanned<u16>>> {
    let value = t.require(errors, "codes")?;
    let codes = read::array(errors, "codes", value, |errors, v| read::integer(errors, "codes", v));
    if codes.is_empty() && value.get_ref().as_array().is_some_and(|items| items.is_empty()) {
        errors.at(value.span(), "`codes` is empty: a rule names at least one status code");
    }
    Some(codes)
}

const ENTRY_FIELDS: &[&str] = &[
    "code",
    "reason",
    "const_name",
    "class",
    "registration",
    "registration_expires",
    "obsoleted",
    "iana_description",
    "summary",
    "description",
    "legacy_reasons",
    "cacheable_by_default",
    "cacheable_elsewhere",
    "body",
    "spec",
    "previous_specs",
    "headers",
    "methods",
    "related",
    "notes",
    "origins",
    "aliases",
];

impl Entry {
    /// Reads a code file; `None` when a required field is missing or mistyped (all reported).
    pub fn read(errors: &mut Errors<'_>, document: &Spanned<DeTable<'_>>) -> Option<Entry> {
        let t = Table::new(document.get_ref(), document.span(), "the file", ENTRY_FIELDS);
        let code = t.require(errors, "code").and_then(|v| read::integer(errors, "code", v));
        let reason = required_string(errors, &t, "reason");
        let const_name = optional_string(errors, &t, "const_name");
        let class = t.require(errors, "class").and_then(|v| read::keyword(errors, "class", v, &Class::KEYS, Class::from_key));
        let registration = t
            .require(errors, "registration")
            .and_then(|v| read::keyword(errors, "registration", v, &Registration::KEYS, Registration::from_key));
        let registration_expires = optional_string(errors, &t, "registration_expires");
        let obsoleted = t.get("obsoleted").and_then(|v| read::boolean(errors, "obsoleted", v));
        let iana_description = optional_string(errors, &t, "iana_description");
        let summary = required_string(errors, &t, "summary");
        let description = required_string(errors, &t, "description");
        let legacy_reasons = list(errors, &t, "legacy_reasons", |errors, v| {
            let t = read::table(errors, "legacy_reasons", v, &["reason", "source"])?;
            let reason = required_string(errors, &t, "reason");
            let source = required_string(errors, &t, "source");
            t.finish(errors);
            Some(LegacyReason { reason: reason?, source: source? })
        });
        let cacheable_by_default = t.require(errors, "cacheable_by_default").and_then(|v| read::boolean(errors, "cacheable_by_default", v));
        let cacheable_elsewhere = t.get("cacheable_elsewhere").and_then(|v| {
            let t = read::table(errors, "cacheable_elsewhere", v, &["cacheable", "spec", "note"])?;
            let cacheable = t.require(errors, "cacheable").and_then(|v| read::boolean(errors, "cacheable", v));
            let spec = t.require(errors, "spec").and_then(|v| Spec::read(errors, "spec", v));
            let note = required_string(errors, &t, "note");
            t.finish(errors);
            Some(CacheRule { cacheable: *cacheable?.get_ref(), spec: spec?, note: note? })
        });
        let body = t.require(errors, "body").and_then(|v| {
            read::keyword(errors, "body", v, &["allowed", "forbidden"], |key| match key {
                "allowed" => Some(Body::Allowed),
                "forbidden" => Some(Body::Forbidden),
                _ => None,
            })
        });
        let spec = t.get("spec").and_then(|v| Spec::read(errors, "spec", v));
        let previous_specs = list(errors, &t, "previous_specs", |errors, v| Spec::read(errors, "previous_specs", v));
        let headers = list(errors, &t, "headers", Header::read);
        let methods = list(errors, &t, "methods", |errors, v| read::string(errors, "methods", v));
        let related = list(errors, &t, "related", |errors, v| {
            let t = read::table(errors, "related", v, &["code", "why"])?;
            let code = t.require(errors, "code").and_then(|v| read::integer(errors, "code", v));
            let why = required_string(errors, &t, "why");
            t.finish(errors);
            Some(Related { code: code?, why: why? })
        });
        let notes = list(errors, &t, "notes", |errors, v| {
            let t = read::table(errors, "notes", v, &["kind", "text"])?;
            let kind = t.require(errors, "kind").and_then(|v| read::keyword(errors, "kind", v, &NoteKind::KEYS, NoteKind::from_key));
            let text = required_string(errors, &t, "text");
            t.finish(errors);
            Some(Note { kind: kind?.into_inner(), text: text? })
        });
        let origins = list(errors, &t, "origins", |errors, v| {
            let t = read::table(errors, "origins", v, &["who", "name", "phrase", "note"])?;
            let who = required_string(errors, &t, "who");
            let name = optional_string(errors, &t, "name");
            let phrase = optional_string(errors, &t, "phrase");
            let note = required_string(errors, &t, "note");
            t.finish(errors);
            Some(Origin { who: who?, name, phrase, note: note? })
        });
        let aliases = t.get("aliases").map_or_else(|| vec![Vec::new(); Ecosystem::ALL.len()], |v| read_aliases(errors, v));
        t.finish(errors);
        Some(Entry {
            code: code?,
            reason: reason?,
            const_name,
            class: class?,
            registration: registration?,
            registration_expires,
            obsoleted,
            iana_description,
            summary: summary?,
            description: description?,
            legacy_reasons,
            cacheable_by_default: cacheable_by_default?,
            cacheable_elsewhere,
            body: body?,
            spec,
            previous_specs,
            headers,
            methods,
            related,
            notes,
            origins,
            aliases,
        })
    }
}

impl Spec {
    fn read(errors: &mut Errors<'_>, key: &str, value: &Value<'_>) -> Option<Spanned<Spec>> {
        let t = read::table(errors, key, value, &["document", "section", "url"])?;
        let document = required_string(errors, &t, "document");
        let section = optional_string(errors, &t, "section");
        let url = optional_string(errors, &t, "url");
        t.finish(errors);
        Some(Spanned::new(value.span(), Spec { document: document?, section, url }))
    }
}

impl Header {
    fn read(errors: &mut Errors<'_>, value: &Value<'_>) -> Option<Header> {
        let t = read::table(errors, "headers", value, &["field", "level", "conditional", "spec", "note"])?;
        let field = required_string(errors, &t, "field");
        let level = t.require(errors, "level").and_then(|v| read::keyword(errors, "level", v, &Requirement::KEYS, Requirement::from_key));
        let conditional = t.get("conditional").and_then(|v| read::boolean(errors, "conditional", v));
        let spec = t.require(errors, "spec").and_then(|v| Spec::read(errors, "spec", v));
        let note = required_string(errors, &t, "note");
        t.finish(errors);
        Some(Header { field: field?, level: level?.into_inner(), conditional, spec: spec?, note: note? })
    }
}

const ALIAS_FIELDS: &[&str] = &["name", "since", "legacy_since", "removed_in", "deprecated", "note"];

/// `[aliases]`: one array per ecosystem key.
fn read_aliases(errors: &mut Errors<'_>, value: &Value<'_>) -> Vec<Vec<Spanned<Alias>>> {
    let keys = Ecosystem::ALL.map(Ecosystem::key);
    let Some(t) = read::table(errors, "aliases", value, &ECOSYSTEM_KEYS) else { return vec![Vec::new(); keys.len()] };
    let lists = keys
        .iter()
        .map(|key| t.get(key).map(|v| read::array(errors, key, v, |errors, v| read_alias(errors, key, v))).unwrap_or_default())
        .collect();
    t.finish(errors);
    lists
}

/// The `[aliases]` keys, in [`Ecosystem::ALL`] order.
const ECOSYSTEM_KEYS: [&str; Ecosystem::ALL.len()] = {
    let mut keys = [""; Ecosystem::ALL.len()];
    let mut index = 0;
    while index < keys.len() {
        keys[index] = Ecosystem::ALL[index].key();
        index += 1;
    }
    keys
};

fn read_alias(errors: &mut Errors<'_>, key: &str, value: &Value<'_>) -> Option<Spanned<Alias>> {
    if let Some(name) = value.get_ref().as_str() {
        return Some(Spanned::new(value.span(), Alias { name: name.to_owned(), ..Alias::default() }));
    }
    if !value.get_ref().is_table() {
        let message =
            format!("`{key}`: expected a name as a string, or a table `{{ name = \"...\", since = \"...\", legacy_since = \"...\" }}`");
        errors.at(value.span(), message);
        return None;
    }
    let t = read::table(errors, key, value, ALIAS_FIELDS)?;
    let name = required_string(errors, &t, "name");
    let text = |errors: &mut Errors<'_>, field| optional_string(errors, &t, field).map(Spanned::into_inner);
    let (since, legacy_since, removed_in, note) =
        (text(errors, "since"), text(errors, "legacy_since"), text(errors, "removed_in"), text(errors, "note"));
    let deprecated = t.get("deprecated").and_then(|v| read::boolean(errors, "deprecated", v)).is_some_and(Spanned::into_inner);
    t.finish(errors);
    Some(Spanned::new(value.span(), Alias { name: name?.into_inner(), since, legacy_since, removed_in, deprecated, note }))
}

impl Dataset {
    /// Reads `dataset.toml`.
    pub fn read(errors: &mut Errors<'_>, document: &Spanned<DeTable<'_>>) -> Option<Dataset> {
        let t = Table::new(document.get_ref(), document.span(), "the file", &["registry", "sources"]);
        let registry = t.require(errors, "registry").and_then(|v| {
            let t = read::table(errors, "registry", v, &["updated", "url"])?;
            let updated = required_string(errors, &t, "updated");
            let url = required_string(errors, &t, "url");
            t.finish(errors);
            Some((updated?, url?))
        });
        let sources = list(errors, &t, "sources", |errors, v| {
            let t = read::table(errors, "sources", v, &["topic", "name", "version", "location"])?;
            let [topic, name, version, location] = ["topic", "name", "version", "location"].map(|field| required_string(errors, &t, field));
            t.finish(errors);
            Some(Source { topic: topic?, name: name?, version: version?, location: location? })
        });
        t.finish(errors);
        let (updated, url) = registry?;
        Some(Dataset { updated, url, sources })
    }
}

fn required_string(errors: &mut Errors<'_>, t: &Table<'_, '_>, key: &str) -> Option<Spanned<String>> {
    t.require(errors, key).and_then(|v| read::string(errors, key, v))
}

fn optional_string(errors: &mut Errors<'_>, t: &Table<'_, '_>, key: &str) -> Option<Spanned<String>> {
    t.get(key).and_then(|v| read::string(errors, key, v))
}

fn list<'a, 'i, T>(
    errors: &mut Errors<'_>,
    t: &Table<'a, 'i>,
    key: &str,
    item: impl FnMut(&mut Errors<'_>, &'a Value<'i>) -> Option<T>,
) -> Vec<T> {
    t.get(key).map(|v| read::array(errors, key, v, item)).unwrap_or_default()
}
