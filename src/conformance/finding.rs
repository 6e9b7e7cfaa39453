//! One broken rule ([`Finding`]): its level, the header field if any, the spec, and a sentence.

use core::fmt;

use http::StatusCode;

use crate::{HeaderRule, Requirement, Spec, Status};

/// How strongly the broken rule is stated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// A required header field is missing.
    Must,
    /// Something forbidden is present.
    MustNot,
    /// A recommended header field is missing.
    Should,
    /// Something discouraged is present.
    ShouldNot,
    /// No keyword is broken, but the response is unusual or unlikely to mean what it seems.
    Note,
}

impl Level {
    /// `MUST`, `MUST NOT`, `SHOULD`, `SHOULD NOT` or `note`.
    pub const fn keyword(self) -> &'static str {
        match self {
            Level::Must => "MUST",
            Level::MustNot => "MUST NOT",
            Level::Should => "SHOULD",
            Level::ShouldNot => "SHOULD NOT",
            Level::Note => "note",
        }
    }

    /// Whether a MUST or MUST NOT is broken: a real conformance failure.
    pub const fn is_must(self) -> bool {
        matches!(self, Level::Must | Level::MustNot)
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.keyword())
    }
}

/// Which rule a [`Finding`] is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Rule {
    /// A header field the dataset asks for with this status is missing.
    MissingField(&'static HeaderRule),
    /// A header field the dataset forbids or discourages with this status is present.
    ForbiddenField(&'static HeaderRule),
    /// Content on a status that cannot carry any (1xx, 204, 205, 304), with its length if known.
    ContentNotAllowed(Option<u64>),
    /// Content in the response to a `HEAD` request, with its length if known.
    ContentInHeadResponse(Option<u64>),
    /// A code the dataset does not have.
    UnknownCode,
    /// A code that is not in the IANA registry.
    UnofficialCode,
    /// A registered code that its spec has deprecated (305).
    Deprecated,
    /// A code the registry marks "(OBSOLETED)": registered, but not for new use (510).
    Obsoleted,
    /// A code registered as "(Unused)", so it has no meaning (306, 418).
    Reserved,
    /// A 206 to a request without `Range`.
    PartialWithoutRange,
    /// A 201 to a safe method (`GET`, `HEAD`, `OPTIONS`, `TRACE`).
    CreatedBySafeMethod,
    /// A 100 to a request without `Expect: 100-continue`.
    ContinueWithoutExpectation,
    /// A 101 to a request without `Upgrade`.
    SwitchWithoutUpgrade,
    /// A code outside 100..=599, which RFC 9110 §15 makes invalid.
    InvalidCode,
    /// `Content-Length` beside `Transfer-Encoding`, which RFC 9112 §6.2 forbids a sender.
    ContentLengthWithTransferEncoding,
    /// `Content-Length` with differing values: the message's framing is broken.
    DifferingContentLengths,
    /// One `Content-Length` value sent more than once (`42, 42`), which recipients may reject.
    RepeatedContentLength,
}

impl Rule {
    /// A stable kebab-case key for the rule, as JSON output writes it: `missing-field`...
    pub const fn key(self) -> &'static str {
        match self {
            Rule::MissingField(_) => "missing-field",
            Rule::ForbiddenField(_) => "forbidden-field",
            Rule::ContentNotAllowed(_) => "content-not-allowed",
            Rule::ContentInHeadResponse(_) => "content-in-head-response",
            Rule::UnknownCode => "unknown-code",
            Rule::UnofficialCode => "unofficial-code",
            Rule::Deprecated => "deprecated",
            Rule::Obsoleted => "obsoleted",
            Rule::Reserved => "reserved",
            Rule::PartialWithoutRange => "partial-without-range",
            Rule::CreatedBySafeMethod => "created-by-safe-method",
            Rule::ContinueWithoutExpectation => "continue-without-expectation",
            Rule::SwitchWithoutUpgrade => "switch-without-upgrade",
            Rule::InvalidCode => "invalid-code",
            Rule::ContentLengthWithTransferEncoding => "content-length-with-transfer-encoding",
            Rule::DifferingContentLengths => "differing-content-lengths",
            Rule::RepeatedContentLength => "repeated-content-length",
        }
    }
}

/// A rule the response breaks.
///
/// `Display` writes one sentence saying what is wrong; [`Finding::note`] adds the dataset's note
/// on the header field, where there is one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Finding {
    /// The response's status.
    pub status: StatusCode,
    /// How strongly the rule is stated.
    pub level: Level,
    /// The header field the rule is about, if any.
    pub field: Option<&'static str>,
    /// Where the rule is stated.
    pub spec: Spec,
    /// Which rule.
    pub rule: Rule,
}

impl Finding {
    /// The dataset's note on the header field, for header-field rules.
    pub const fn note(&self) -> Option<&'static str> {
        match self.rule {
            Rule::MissingField(rule) | Rule::ForbiddenField(rule) => Some(rule.note),
            _ => None,
        }
    }
}

/// `GET` on a 204 with content: "The response carries 5 bytes of content, which a 204 must not
/// have."
impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let code = self.status.as_u16();
        let class_default = code / 100 * 100;
        match self.rule {
            Rule::MissingField(rule) => match rule.level {
                Requirement::Must if rule.conditional => {
                    write!(f, "The response lacks `{}`, which a {code} like this one must carry.", rule.field)
                }
                Requirement::Must => write!(f, "The response lacks `{}`, which every {code} must carry.", rule.field),
                Requirement::Should => write!(f, "The response lacks `{}`, which a {code} should carry.", rule.field),
                _ => write!(f, "The response lacks `{}`, which the definition of {code} takes for granted.", rule.field),
            },
            Rule::ForbiddenField(rule) => match rule.level {
                Requirement::MustNot => write!(f, "The response carries `{}`, which a {code} must never have.", rule.field),
                _ => write!(f, "The response carries `{}`, which a {code} should leave out.", rule.field),
            },
            Rule::ContentNotAllowed(length) => {
                write!(f, "The response carries {}, which a {code} must not have: it ends with its header section.", Bytes(length))
            }
            Rule::ContentInHeadResponse(length) => {
                write!(f, "The response to a HEAD request carries {}; it must be the header section alone.", Bytes(length))
            }
            Rule::UnknownCode => {
                write!(f, "{code} is neither registered with IANA nor a known unofficial code, so clients treat it as {class_default}.")
            }
            Rule::UnofficialCode => {
                let who = Status::from_u16(code).and_then(|status| status.origins().first()).map_or("some servers", |origin| origin.who);
                write!(f, "{code} is not registered with IANA (it comes from {who}); other clients treat it as {class_default}.")
            }
            Rule::Deprecated => write!(f, "{code} is deprecated: clients are not expected to act on it."),
            Rule::Obsoleted => write!(f, "{code} is marked obsoleted in the IANA registry: the scheme behind it is no longer in use."),
            Rule::Reserved => {
                write!(f, "{code} is reserved in the IANA registry and means nothing, so clients treat it as {class_default}.")
            }
            Rule::PartialWithoutRange => f.write_str("A 206 answers a range request, but the request had no `Range` field."),
            Rule::CreatedBySafeMethod => {
                f.write_str("A 201 says a resource was created, but the request method is safe and asks for no change.")
            }
            Rule::ContinueWithoutExpectation => {
                f.write_str("A 100 invites the client to send its content, but the request had no `Expect: 100-continue`.")
            }
            Rule::SwitchWithoutUpgrade => f.write_str("The server switched protocols with 101, but the request offered none in `Upgrade`."),
            Rule::InvalidCode => {
                write!(f, "{code} is outside 100 to 599, so it is not a valid status code; clients are asked to treat it as a 5xx.")
            }
            Rule::ContentLengthWithTransferEncoding => f.write_str(
                "The response carries both `Content-Length` and `Transfer-Encoding`; a sender must not send `Content-Length` with a \
                 transfer coding.",
            ),
            Rule::DifferingContentLengths => f.write_str(
                "The response's `Content-Length` holds differing values, so its framing is broken: recipients must treat it as an \
                 error.",
            ),
            Rule::RepeatedContentLength => f.write_str(
                "The response sends the same `Content-Length` value more than once; recipients may reject it or read it as one value.",
            ),
        }
    }
}

/// "5 bytes of content", or "content" when the length is unknown.
struct Bytes(Option<u64>);

impl fmt::Display for Bytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Some(1) => f.write_str("1 byte of content"),
            Some(length) => write!(f, "{length} bytes of content"),
            None => f.write_str("content"),
        }
    }
}
