//! Finding a status from text: a number, a reason phrase, or a name from any ecosystem.
//!
//! Lookups go through perfect-hash maps generated at build time. They never allocate: text is
//! lower-cased into a stack buffer no longer than the longest key, and longer text cannot match.

use core::fmt;
use core::str::FromStr;

use crate::generated::{ALIASES, LOOKUP, LOOKUP_EXACT, LOOKUP_MAX_LEN};
use crate::vocabulary::lookup_text;
use crate::{Ecosystem, Status};

/// Finding a status from text: codes, status lines, reason phrases and names from any ecosystem.
impl Status {
    /// The status named by `text`, or `None`. Accepted, ignoring surrounding white space:
    ///
    /// - a code: `204`; a status line or its tail: `204 No Content`, `HTTP/1.1 204 No Content`
    ///   (the phrase must belong to the code);
    /// - a reason phrase in any letter case, current or legacy: `no content`, `Payload Too Large`
    ///   (`-`, `_` and space are interchangeable: `Non Authoritative Information` finds 203);
    /// - a const name of this crate: `NO_CONTENT`, `Status::NO_CONTENT`,
    ///   `status_atlas::Status::NO_CONTENT`;
    /// - any ecosystem's name, current or legacy, bare or qualified, in any letter case:
    ///   `:no_content`, `http.StatusNoContent`, `Response::HTTP_NO_CONTENT`, `httplib.NO_CONTENT`,
    ///   `http.HTTPStatus.NO_CONTENT`, `StatusCode::NO_CONTENT`, `HttpStatusCode.NoContent`,
    ///   `HttpURLConnection.HTTP_NO_CONTENT`.
    ///
    /// Where a text names both a registered and an unofficial status, the registered one wins;
    /// [`AMBIGUITIES`](crate::AMBIGUITIES) lists every such text. It never panics and never
    /// allocates.
    ///
    /// ```
    /// use status_atlas::Status;
    /// assert_eq!(Status::lookup("StatusTeapot"), Some(Status::IM_A_TEAPOT));
    /// assert_eq!(Status::lookup("not found"), Some(Status::NOT_FOUND));
    /// assert_eq!(Status::lookup("HttpStatusCode.Redirect"), Some(Status::FOUND));
    /// assert_eq!(Status::lookup("no such status"), None);
    /// ```
    #[inline]
    pub fn lookup(text: &str) -> Option<Status> {
        parse(text).ok()
    }

    /// The status that `ecosystem` calls `name`: current or legacy names, qualified as the
    /// ecosystem writes them (`http.StatusNoContent`) or bare (`StatusNoContent`). Names match
    /// exactly, letter case included, as identifiers do; [`Status::lookup`] is the lenient
    /// alternative.
    ///
    /// ```
    /// use status_atlas::{Ecosystem, Status};
    /// assert_eq!(Status::from_alias(Ecosystem::Rails, ":payload_too_large"), Some(Status::CONTENT_TOO_LARGE));
    /// assert_eq!(Status::from_alias(Ecosystem::PythonHttpStatus, "HTTPStatus.IM_A_TEAPOT"), Some(Status::IM_A_TEAPOT));
    /// assert_eq!(Status::from_alias(Ecosystem::Go, "StatusTeapot"), Some(Status::IM_A_TEAPOT));
    /// assert_eq!(Status::from_alias(Ecosystem::Go, "statusteapot"), None);
    /// ```
    #[inline]
    pub fn from_alias(ecosystem: Ecosystem, name: &str) -> Option<Status> {
        ALIASES[ecosystem as usize].get(name.trim()).and_then(|code| Status::from_u16(*code))
    }
}

/// Parses what [`Status::lookup`] accepts, saying what was wrong on failure.
///
/// ```
/// use status_atlas::{ParseStatusError, Status};
/// assert_eq!("204 No Content".parse(), Ok(Status::NO_CONTENT));
/// assert_eq!("299".parse::<Status>(), Err(ParseStatusError::UnknownCode(299)));
/// ```
impl FromStr for Status {
    type Err = ParseStatusError;

    #[inline]
    fn from_str(text: &str) -> Result<Status, ParseStatusError> {
        parse(text)
    }
}

/// Why text did not name a status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ParseStatusError {
    /// The text was empty or only white space.
    Empty,
    /// A number that is not three digits long.
    NotThreeDigits,
    /// A three-digit code that the dataset does not have.
    UnknownCode(u16),
    /// A code followed by a phrase that is not one of that code's names.
    ReasonMismatch {
        /// The code that was given.
        code: u16,
    },
    /// Text that is no code, phrase or name the dataset knows.
    UnknownName,
}

impl fmt::Display for ParseStatusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ParseStatusError::Empty => f.write_str("empty text: expected a status code such as `204`, a reason phrase or a name"),
            ParseStatusError::NotThreeDigits => f.write_str("a status code has exactly three digits"),
            ParseStatusError::UnknownCode(code) => write!(f, "{code} is not a status code in the dataset"),
            ParseStatusError::ReasonMismatch { code } => write!(f, "the phrase after {code} is not a name of {code}"),
            ParseStatusError::UnknownName => f.write_str("no status is known by this name"),
        }
    }
}

impl core::error::Error for ParseStatusError {}

#[inline]
fn parse(text: &str) -> Result<Status, ParseStatusError> {
    // Most input is a name spelled as upstream spells it: one hash, no normalizing.
    if let Some(status) = LOOKUP_EXACT.get(text).and_then(|code| Status::from_u16(*code)) {
        return Ok(status);
    }
    let text = strip_protocol(text.trim());
    if text.is_empty() {
        return Err(ParseStatusError::Empty);
    }
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return by_name(text).ok_or(ParseStatusError::UnknownName);
    }
    let rest = &text[digits..];
    if digits != 3 {
        return Err(if rest.is_empty() { ParseStatusError::NotThreeDigits } else { ParseStatusError::UnknownName });
    }
    let code = text.bytes().take(3).fold(0u16, |code, digit| code * 10 + u16::from(digit - b'0'));
    if rest.is_empty() {
        return Status::from_u16(code).ok_or(ParseStatusError::UnknownCode(code));
    }
    if !rest.starts_with(char::is_whitespace) {
        return Err(ParseStatusError::UnknownName);
    }
    let status = Status::from_u16(code).ok_or(ParseStatusError::UnknownCode(code))?;
    let phrase = rest.trim_start();
    let named = by_name(phrase).ok_or(ParseStatusError::ReasonMismatch { code })?;
    if named == status || also_names(phrase, status) { Ok(status) } else { Err(ParseStatusError::ReasonMismatch { code }) }
}

/// Whether `phrase` is a documented ambiguity that also names `status`: lookups resolve such a
/// phrase to the registered status, but the status line `599 <phrase>` must still parse as 599.
/// (Reading `AMBIGUITIES`, not the records, keeps the record table out of binaries that only
/// parse.)
fn also_names(phrase: &str, status: Status) -> bool {
    let mut buffer = [0u8; LOOKUP_MAX_LEN];
    let Some(folded) = fold_into(phrase, &mut buffer) else { return false };
    crate::AMBIGUITIES.iter().any(|ambiguity| ambiguity.also_names.contains(&status) && ambiguity.text.as_bytes() == folded)
}

/// `HTTP/1.1 204 No Content` -> `204 No Content`.
fn strip_protocol(text: &str) -> &str {
    if text.len() <= 5 || !text.as_bytes()[..5].eq_ignore_ascii_case(b"HTTP/") {
        return text;
    }
    text.split_once(char::is_whitespace).map_or(text, |(_, rest)| rest.trim_start())
}

/// `text` folded as lookups compare it, in `buffer`; `None` when it is longer than any key.
fn fold_into<'b>(text: &str, buffer: &'b mut [u8; LOOKUP_MAX_LEN]) -> Option<&'b [u8]> {
    let mut len = 0;
    let fits = lookup_text::fold(text, |byte| {
        let Some(slot) = buffer.get_mut(len) else { return false };
        *slot = byte;
        len += 1;
        true
    });
    fits.then_some(&buffer[..len])
}

fn by_name(text: &str) -> Option<Status> {
    let mut buffer = [0u8; LOOKUP_MAX_LEN];
    let folded = fold_into(text, &mut buffer)?;
    LOOKUP.get(folded).and_then(|code| Status::from_u16(*code))
}
