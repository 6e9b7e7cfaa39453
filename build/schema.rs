//! The shape of the TOML files in `data/`, as serde reads them.
//!
//! Every struct denies unknown fields, so a typo (`reasn`) is an error at its line and column.
//! Values that later checks may complain about are wrapped in [`Spanned`] to keep their position.
//! `data/README.md` documents every field.

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use std::fmt;
pub use toml::Spanned;

/// `data/codes/NNN.toml`: one status code.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub code: Spanned<u16>,
    pub reason: Spanned<String>,
    #[serde(default)]
    pub const_name: Option<Spanned<String>>,
    pub class: Spanned<Class>,
    pub registration: Spanned<Registration>,
    #[serde(default)]
    pub iana_description: Option<Spanned<String>>,
    pub summary: Spanned<String>,
    pub description: Spanned<String>,
    #[serde(default)]
    pub legacy_reasons: Vec<LegacyReason>,
    pub cacheable_by_default: Spanned<bool>,
    #[serde(default)]
    pub cacheable_elsewhere: Option<CacheRule>,
    pub body: Spanned<Body>,
    #[serde(default)]
    pub spec: Option<Spanned<Spec>>,
    #[serde(default)]
    pub previous_specs: Vec<Spanned<Spec>>,
    #[serde(default)]
    pub headers: Vec<Header>,
    #[serde(default)]
    pub methods: Vec<Spanned<String>>,
    #[serde(default)]
    pub related: Vec<Related>,
    #[serde(default)]
    pub notes: Vec<Note>,
    #[serde(default)]
    pub origins: Vec<Origin>,
    #[serde(default)]
    pub aliases: Aliases,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Class {
    Informational,
    Success,
    Redirection,
    ClientError,
    ServerError,
}

impl Class {
    /// The first digit of every code in this class.
    pub fn digit(self) -> u16 {
        match self {
            Class::Informational => 1,
            Class::Success => 2,
            Class::Redirection => 3,
            Class::ClientError => 4,
            Class::ServerError => 5,
        }
    }
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Registration {
    Permanent,
    Temporary,
    Reserved,
    Unofficial,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Body {
    Allowed,
    Forbidden,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Must,
    Should,
    May,
    Expected,
    ShouldNot,
    MustNot,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    History,
    Client,
    Practice,
    Clash,
}

#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct Spec {
    pub document: Spanned<String>,
    #[serde(default)]
    pub section: Option<Spanned<String>>,
    #[serde(default)]
    pub url: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LegacyReason {
    pub reason: Spanned<String>,
    pub source: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CacheRule {
    pub cacheable: bool,
    pub spec: Spanned<Spec>,
    pub note: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Header {
    pub field: Spanned<String>,
    pub level: Level,
    /// The rule holds only in some responses, which the note names (206's Content-Range).
    pub conditional: Option<Spanned<bool>>,
    pub spec: Spanned<Spec>,
    pub note: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Related {
    pub code: Spanned<u16>,
    pub why: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub kind: NoteKind,
    pub text: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Origin {
    pub who: Spanned<String>,
    #[serde(default)]
    pub name: Option<Spanned<String>>,
    #[serde(default)]
    pub phrase: Option<Spanned<String>>,
    pub note: Spanned<String>,
}

/// Names of the code in other ecosystems, current first, then legacy.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Aliases {
    #[serde(default)]
    pub rails: Vec<Spanned<Alias>>,
    #[serde(default)]
    pub go: Vec<Spanned<Alias>>,
    #[serde(default)]
    pub symfony: Vec<Spanned<Alias>>,
    #[serde(default)]
    pub python2: Vec<Spanned<Alias>>,
    #[serde(default)]
    pub python3: Vec<Spanned<Alias>>,
    #[serde(default)]
    pub python_httpstatus: Vec<Spanned<Alias>>,
    #[serde(default)]
    pub rust_http: Vec<Spanned<Alias>>,
    #[serde(default)]
    pub node: Vec<Spanned<Alias>>,
    #[serde(default)]
    pub dotnet: Vec<Spanned<Alias>>,
    #[serde(default)]
    pub java: Vec<Spanned<Alias>>,
}

impl Aliases {
    /// Each ecosystem's list, in the order of [`super::ecosystem::ECOSYSTEMS`].
    pub fn lists(&self) -> [&[Spanned<Alias>]; 10] {
        [
            &self.rails,
            &self.go,
            &self.symfony,
            &self.python2,
            &self.python3,
            &self.python_httpstatus,
            &self.rust_http,
            &self.node,
            &self.dotnet,
            &self.java,
        ]
    }
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

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AliasTable {
    name: String,
    #[serde(default)]
    since: Option<String>,
    #[serde(default)]
    legacy_since: Option<String>,
    #[serde(default)]
    removed_in: Option<String>,
    #[serde(default)]
    deprecated: bool,
    #[serde(default)]
    note: Option<String>,
}

impl<'de> Deserialize<'de> for Alias {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AliasVisitor;

        impl<'de> Visitor<'de> for AliasVisitor {
            type Value = Alias;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a name as a string, or a table `{ name = \"...\", since = \"...\", legacy_since = \"...\" }`")
            }

            fn visit_str<E: de::Error>(self, name: &str) -> Result<Alias, E> {
                Ok(Alias { name: name.to_owned(), ..Alias::default() })
            }

            fn visit_map<M: MapAccess<'de>>(self, map: M) -> Result<Alias, M::Error> {
                let table = AliasTable::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(Alias {
                    name: table.name,
                    since: table.since,
                    legacy_since: table.legacy_since,
                    removed_in: table.removed_in,
                    deprecated: table.deprecated,
                    note: table.note,
                })
            }
        }

        deserializer.deserialize_any(AliasVisitor)
    }
}

/// `data/dataset.toml`: facts about the dataset as a whole.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub registry: Registry,
    #[serde(default)]
    pub sources: Vec<Source>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Registry {
    /// The "Last Updated" date of the IANA registry the data was checked against.
    pub updated: Spanned<String>,
    pub url: Spanned<String>,
}

/// An upstream file the facts were read from, with the version read.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub topic: Spanned<String>,
    pub name: Spanned<String>,
    pub version: Spanned<String>,
    pub location: Spanned<String>,
}
