//! The full record of a status, as the dataset holds it.

use crate::{Class, Client, Ecosystem, NoteKind, Redirect, Registration, Requirement, Retry, Status};

/// Everything the dataset knows about one status. Get it with [`Status::record`].
///
/// With the `serde` feature it serializes with the field names and order of the README's export
/// schema, which is what `status-atlas export --format json` prints.
///
/// The fields are public to read; the struct is `#[non_exhaustive]` so fields can be added.
#[derive(Debug)]
#[non_exhaustive]
pub struct Record {
    /// The three-digit code.
    pub code: u16,
    /// The reason phrase, as RFC 9110 or the defining document words it.
    pub reason: &'static str,
    /// The name of its [`Status`] const, such as `NO_CONTENT`.
    pub const_name: &'static str,
    /// The class, from the first digit.
    pub class: Class,
    /// Whether and how the code is in the IANA registry.
    pub registration: Registration,
    /// For a [temporary](Registration::Temporary) registration, the date (`YYYY-MM-DD`) the
    /// registry says it expires. After it, IANA may drop the code unless the registration is
    /// renewed or its specification is published; check the registry for its standing.
    pub registration_expires: Option<&'static str>,
    /// Whether the registry marks the code "(OBSOLETED)": still registered, so never reassigned,
    /// but not for new use (510, whose RFC 2774 is Historic).
    pub obsoleted: bool,
    /// The exact "Description" of the IANA registry, where it differs from `reason`.
    pub iana_description: Option<&'static str>,
    /// One sentence on what the code means.
    pub summary: &'static str,
    /// A longer explanation in one to three paragraphs separated by blank lines: what the code
    /// means, when to send it, what clients and caches do with it, and common mistakes.
    pub description: &'static str,
    /// Reason phrases the code had before, with where they come from.
    pub legacy_reasons: &'static [LegacyReason],
    /// Whether caches may store it without explicit freshness, as its defining spec says: RFC 9110
    /// section 15.1 for that document's codes, RFC 7725 section 3 for 451.
    pub cacheable_by_default: bool,
    /// A cacheability rule from another document, such as RFC 7725's for 451.
    pub cacheable_elsewhere: Option<CacheRule>,
    /// Whether a response with this status may carry content.
    pub body_allowed: bool,
    /// The defining document and section; `None` for unofficial codes.
    pub spec: Option<Spec>,
    /// Earlier definitions that the current one replaced, newest first.
    pub previous_specs: &'static [Spec],
    /// Header fields the specification asks for with this status.
    pub headers: &'static [HeaderRule],
    /// Request methods the specification or common practice ties to this status.
    pub methods: &'static [&'static str],
    /// Codes often confused with or chosen instead of this one.
    pub related: &'static [Related],
    /// History, client behaviour and practical notes.
    pub notes: &'static [Note],
    /// For unofficial codes: who sends them.
    pub origins: &'static [Origin],
    /// Names in other ecosystems, grouped by [`Ecosystem`] in declaration order, current first.
    pub aliases: &'static [Alias],
    /// The clients that follow it as a redirect, and what happens to the method.
    pub redirect: &'static [Redirect],
    /// The clients that retry a request answered with it, with the condition and releases.
    pub retried_by: &'static [Retry],
    /// The clients that treat a response with it as having no body.
    pub null_body: &'static [Client],
    pub(crate) current_aliases: [Option<&'static str>; Ecosystem::ALL.len()],
}

/// A document and section.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Spec {
    /// Such as `RFC 9110`.
    pub document: &'static str,
    /// Such as `15.3.5`.
    pub section: Option<&'static str>,
    /// A link to the section.
    pub url: &'static str,
}

/// An earlier reason phrase.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct LegacyReason {
    /// The phrase.
    pub reason: &'static str,
    /// Where it was used, such as `RFC 7231`.
    pub source: &'static str,
}

/// A cacheability rule from a document other than RFC 9110 section 15.1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct CacheRule {
    /// Whether the document makes the status cacheable by default.
    pub cacheable: bool,
    /// Where it says so.
    pub spec: Spec,
    /// What it says, briefly.
    pub note: &'static str,
}

/// A header field that the specification asks for with a status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct HeaderRule {
    /// The field name, such as `Allow`.
    pub field: &'static str,
    /// How strongly it is asked for.
    pub level: Requirement,
    /// Whether the rule holds only in some responses, as the note says (206's `Content-Range`
    /// is for single-part responses only); `false` means every response with this status.
    pub conditional: bool,
    /// Where.
    pub spec: Spec,
    /// What the field does with this status.
    pub note: &'static str,
}

/// A status often confused with or used instead of another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Related {
    /// The related status.
    #[cfg_attr(feature = "serde", serde(rename = "code"))]
    pub status: Status,
    /// When to choose it instead.
    pub why: &'static str,
}

/// A note on a status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Note {
    /// What it is about.
    pub kind: NoteKind,
    /// The note.
    pub text: &'static str,
}

/// Who sends an unofficial code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Origin {
    /// A server, service or framework, such as `nginx`.
    pub who: &'static str,
    /// Its name for the code in its source, such as `NGX_HTTP_CLOSE`.
    pub name: Option<&'static str>,
    /// The phrase it uses, where it differs from the record's.
    pub phrase: Option<&'static str>,
    /// When it sends the code.
    pub note: &'static str,
}

/// A status's name in another ecosystem.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Alias {
    /// The ecosystem.
    pub ecosystem: Ecosystem,
    /// The name as written in code there, such as `http.StatusNoContent`.
    pub name: &'static str,
    /// The release that introduced it, where known.
    pub since: Option<&'static str>,
    /// The release from which another name replaced it.
    pub legacy_since: Option<&'static str>,
    /// The release that stopped accepting it.
    pub removed_in: Option<&'static str>,
    /// Whether upstream marks it deprecated.
    pub deprecated: bool,
    /// A remark, such as what changed.
    pub note: Option<&'static str>,
}

impl Alias {
    /// Whether this is a name the ecosystem uses today.
    pub const fn is_current(&self) -> bool {
        self.legacy_since.is_none() && self.removed_in.is_none()
    }

    /// The name without its qualifier: `StatusNoContent` for `http.StatusNoContent`.
    pub fn bare(&self) -> &'static str {
        self.name.strip_prefix(self.ecosystem.qualifier()).unwrap_or(self.name)
    }
}

/// An upstream file the dataset's facts were read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Source {
    /// What it provided, such as `go` or `iana`.
    pub topic: &'static str,
    /// Its name.
    pub name: &'static str,
    /// The version read.
    pub version: &'static str,
    /// Where it is: repository and path, or an address.
    pub location: &'static str,
}

/// A text that names more than one status, and how [`Status::lookup`] resolves it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Ambiguity {
    /// The text as lookups compare it: lower-cased, with `-` and `_` read as spaces.
    pub text: &'static str,
    /// What `lookup` returns: the registered code.
    pub resolves_to: Status,
    /// The other statuses known by this text.
    pub also_names: &'static [Status],
}
