//! [`Status`]: a status code known to the dataset, and its const accessors.

use core::fmt;
use core::num::NonZeroU16;

use crate::generated::{BODY_ALLOWED, CACHEABLE_BY_DEFAULT, CLASSES, FIRST_CODE, INDEX, REASONS, RECORDS, REDIRECT_STATUS, REGISTRATIONS};
use crate::record::{Alias, HeaderRule, LegacyReason, Note, Origin, Record, Related, Spec};
use crate::{Class, Ecosystem, Registration};

/// Marks a code the dataset does not have in the generated index.
pub(crate) const NO_RECORD: u8 = u8::MAX;

/// An HTTP status code that the dataset knows, with its record.
///
/// A `Status` exists only for codes in the dataset ([`Status::ALL`]): every IANA-registered code
/// and the widely used unofficial ones. Each has a const (`Status::NO_CONTENT`) whose docs are its
/// reference card. All code-keyed accessors are `const fn`. The methods come first on this page;
/// the consts after them are one line each, linking to their cards in [`codes`](crate::codes).
///
/// In rustdoc's search box, type `no_content` or `StatusNoContent` rather than `:no_content` or
/// `http.StatusNoContent`, which it cannot parse; [`Status::lookup`] takes either.
///
/// ```
/// use status_atlas::{Class, Ecosystem, Status};
///
/// const REASON: &str = Status::NO_CONTENT.reason();
/// assert_eq!(REASON, "No Content");
///
/// let status = Status::from_u16(422).unwrap();
/// assert_eq!(status.to_string(), "422 Unprocessable Content");
/// assert_eq!(status.class(), Class::ClientError);
/// assert!(!Status::NO_CONTENT.body_allowed());
/// assert_eq!(Status::lookup(":unprocessable_entity"), Some(status));
/// assert_eq!(status.alias(Ecosystem::Go), Some("http.StatusUnprocessableEntity"));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Status(NonZeroU16);

/// The record, by code: every accessor is `const fn`.
impl Status {
    /// A status for a code that is in the dataset; used by the generated consts.
    pub(crate) const fn known(code: u16) -> Status {
        match NonZeroU16::new(code) {
            Some(code) => Status(code),
            None => panic!("a status code is never zero"),
        }
    }

    /// The status with this code, if the dataset has it: `Some` exactly for the codes in
    /// [`Status::ALL`].
    ///
    /// ```
    /// use status_atlas::Status;
    /// assert_eq!(Status::from_u16(404), Some(Status::NOT_FOUND));
    /// assert_eq!(Status::from_u16(299), None);
    /// ```
    #[inline]
    pub const fn from_u16(code: u16) -> Option<Status> {
        let Some(offset) = code.checked_sub(FIRST_CODE) else { return None };
        if offset as usize >= INDEX.len() || INDEX[offset as usize] == NO_RECORD {
            return None;
        }
        Some(Status::known(code))
    }

    /// The three-digit code.
    pub const fn code(self) -> u16 {
        self.0.get()
    }

    /// Position of the status in the generated tables.
    pub(crate) const fn index(self) -> usize {
        INDEX[(self.code() - FIRST_CODE) as usize] as usize
    }

    /// Everything the dataset records about this status.
    pub const fn record(self) -> &'static Record {
        &RECORDS[self.index()]
    }

    /// The reason phrase in RFC 9110's wording (or the defining document's), such as
    /// "Content Too Large" for 413 and "Non-Authoritative Information" for 203.
    pub const fn reason(self) -> &'static str {
        REASONS[self.index()]
    }

    /// The class, from the first digit.
    pub const fn class(self) -> Class {
        CLASSES[self.index()]
    }

    /// One sentence on what the status means.
    pub const fn summary(self) -> &'static str {
        self.record().summary
    }

    /// A longer explanation in one to three paragraphs separated by blank lines: what the code
    /// means, when to send it, what clients and caches do with it, and common mistakes.
    pub const fn description(self) -> &'static str {
        self.record().description
    }

    /// How the code stands in the IANA registry.
    pub const fn registration(self) -> Registration {
        REGISTRATIONS[self.index()]
    }

    /// For a temporary registration, the date (`YYYY-MM-DD`) the registry says it expires; see
    /// [`Record::registration_expires`].
    ///
    /// ```
    /// use status_atlas::Status;
    /// assert_eq!(Status::UPLOAD_RESUMPTION_SUPPORTED.registration_expires(), Some("2026-11-13"));
    /// assert_eq!(Status::NO_CONTENT.registration_expires(), None);
    /// ```
    pub const fn registration_expires(self) -> Option<&'static str> {
        self.record().registration_expires
    }

    /// Whether the registry marks the code "(OBSOLETED)", as it does 510 (Not Extended).
    ///
    /// ```
    /// use status_atlas::Status;
    /// assert!(Status::NOT_EXTENDED.is_obsoleted());
    /// assert!(!Status::NOT_FOUND.is_obsoleted());
    /// ```
    pub const fn is_obsoleted(self) -> bool {
        self.record().obsoleted
    }

    /// Whether the code is in the IANA registry, temporary and "(Unused)" registrations included.
    pub const fn is_registered(self) -> bool {
        !matches!(self.registration(), Registration::Unofficial)
    }

    /// Whether caches may store the response without explicit freshness information. It follows
    /// the code's defining spec: RFC 9110 section 15.1's list (200, 203, 204, 206, 300, 301, 308,
    /// 404, 405, 410, 414, 501) and 451 (RFC 7725 section 3). The rule another document states
    /// is also in [`Record::cacheable_elsewhere`].
    pub const fn is_cacheable_by_default(self) -> bool {
        CACHEABLE_BY_DEFAULT[self.index()]
    }

    /// Whether a response with this status may carry content: never for 1xx, 204, 205 and 304.
    pub const fn body_allowed(self) -> bool {
        BODY_ALLOWED[self.index()]
    }

    /// The defining document and section; `None` for unofficial codes.
    pub const fn spec(self) -> Option<Spec> {
        self.record().spec
    }

    /// Earlier definitions that the current one replaced, newest first.
    pub const fn previous_specs(self) -> &'static [Spec] {
        self.record().previous_specs
    }

    /// Reason phrases the code had before.
    pub const fn legacy_reasons(self) -> &'static [LegacyReason] {
        self.record().legacy_reasons
    }

    /// Header fields the specification asks for with this status.
    pub const fn headers(self) -> &'static [HeaderRule] {
        self.record().headers
    }

    /// Request methods the specification or common practice ties to this status.
    pub const fn methods(self) -> &'static [&'static str] {
        self.record().methods
    }

    /// Statuses often confused with this one, with when to choose them instead.
    pub const fn related(self) -> &'static [Related] {
        self.record().related
    }

    /// History, client behaviour and practical notes.
    pub const fn notes(self) -> &'static [Note] {
        self.record().notes
    }

    /// For unofficial codes, who sends them.
    pub const fn origins(self) -> &'static [Origin] {
        self.record().origins
    }

    /// The status's current name in `ecosystem`, written as code there
    /// (`http.StatusNoContent`, `:no_content`, `HttpStatusCode.NoContent`), or `None` if the
    /// ecosystem has no name for it. Where an ecosystem has two current names (.NET's
    /// `Found`/`Redirect`), this is the first.
    pub const fn alias(self, ecosystem: Ecosystem) -> Option<&'static str> {
        self.record().current_aliases[ecosystem as usize]
    }

    /// Every name the status has in any ecosystem, current and legacy, grouped by ecosystem.
    pub const fn aliases(self) -> &'static [Alias] {
        self.record().aliases
    }

    /// Every name the status has in `ecosystem`, current first, then legacy.
    pub fn aliases_in(self, ecosystem: Ecosystem) -> impl Iterator<Item = &'static Alias> {
        self.aliases().iter().filter(move |alias| alias.ecosystem == ecosystem)
    }

    /// Whether this is a 1xx status.
    pub const fn is_informational(self) -> bool {
        matches!(self.class(), Class::Informational)
    }

    /// Whether this is a 2xx status.
    pub const fn is_success(self) -> bool {
        matches!(self.class(), Class::Success)
    }

    /// Whether this is a 3xx status.
    pub const fn is_redirection(self) -> bool {
        matches!(self.class(), Class::Redirection)
    }

    /// Whether this is a redirect status as the WHATWG Fetch standard defines it, the set
    /// browsers follow: 301, 302, 303, 307 and 308. Node's `statuses` package counts 300 and 305
    /// as well ([`Client::JshttpStatuses`](crate::Client::JshttpStatuses) in [`Status::redirect`]);
    /// neither is followed by browsers, and [`Status::is_redirection`] is the whole 3xx class.
    ///
    /// ```
    /// use status_atlas::Status;
    /// assert!(Status::PERMANENT_REDIRECT.is_redirect());
    /// assert!(!Status::MULTIPLE_CHOICES.is_redirect() && Status::MULTIPLE_CHOICES.is_redirection());
    /// ```
    pub const fn is_redirect(self) -> bool {
        REDIRECT_STATUS[self.index()]
    }

    /// Whether this is a 4xx status.
    pub const fn is_client_error(self) -> bool {
        matches!(self.class(), Class::ClientError)
    }

    /// Whether this is a 5xx status.
    pub const fn is_server_error(self) -> bool {
        matches!(self.class(), Class::ServerError)
    }
}

/// `204 No Content`.
impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.code(), self.reason())
    }
}

/// `Status(204 No Content)`.
impl fmt::Debug for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Status({} {})", self.code(), self.reason())
    }
}

impl From<Status> for u16 {
    fn from(status: Status) -> u16 {
        status.code()
    }
}

impl TryFrom<u16> for Status {
    type Error = crate::ParseStatusError;

    fn try_from(code: u16) -> Result<Status, Self::Error> {
        Status::from_u16(code).ok_or(crate::ParseStatusError::UnknownCode(code))
    }
}
