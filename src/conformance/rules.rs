//! The checks, run lazily by [`Findings`]: the dataset's header rules for the status first,
//! then the rules the dataset has no field for, each stated with its spec.

use http::HeaderName;
use http::header;

use super::finding::{Finding, Level, Rule};
use super::message::{Message, Request};
use crate::{HeaderRule, Registration, Requirement, Spec, Status};

/// A section of RFC 9110, with its address on rfc-editor.org.
macro_rules! rfc9110 {
    ($section:literal) => {
        Spec { document: "RFC 9110", section: Some($section), url: concat!("https://www.rfc-editor.org/rfc/rfc9110#section-", $section) }
    };
}

/// 1xx responses end with their header section.
const INFORMATIONAL: Spec = rfc9110!("15.2");
/// Clients treat an unrecognized code as the x00 of its class.
const STATUS_CODES: Spec = rfc9110!("15");
/// HEAD: the server must not send content.
const HEAD: Spec = rfc9110!("9.3.2");
/// Safe methods are read-only.
const SAFE_METHODS: Spec = rfc9110!("9.2.1");
/// 206 fulfils a range request.
const PARTIAL_CONTENT: Spec = rfc9110!("15.3.7");
/// 100 and the `100-continue` expectation.
const CONTINUE: Spec = rfc9110!("15.2.1");
/// Upgrade: a server must not switch to a protocol the client did not offer.
const UPGRADE: Spec = rfc9110!("7.8");
/// Content-Length: one decimal number.
const CONTENT_LENGTH: Spec = rfc9110!("8.6");
/// RFC 9112 §6.2: a sender must not send Content-Length in a message with Transfer-Encoding.
const CONTENT_LENGTH_WITH_TRANSFER_ENCODING: Spec =
    Spec { document: "RFC 9112", section: Some("6.2"), url: "https://www.rfc-editor.org/rfc/rfc9112#section-6.2" };

/// How many checks follow the header rules; see [`Findings::check`].
const CHECKS: usize = 6;

/// The findings for one response, computed as they are asked for.
#[derive(Clone, Debug)]
pub struct Findings<'a> {
    message: Message<'a>,
    status: Option<Status>,
    /// Header rules of the status, then the [`CHECKS`] other checks: how far the walk has come.
    next: usize,
}

impl<'a> Findings<'a> {
    pub(crate) fn new(message: Message<'a>) -> Findings<'a> {
        Findings { status: Status::from_u16(message.status.as_u16()), message, next: 0 }
    }

    fn header_rules(&self) -> &'static [HeaderRule] {
        self.status.map_or(&[], Status::headers)
    }

    /// The checks after the header rules, in the order they are reported; each yields at most
    /// one finding.
    fn check(&self, index: usize) -> Option<Finding> {
        let (message, status) = (&self.message, self.status);
        match index {
            0 => code(message, status),
            1 => length_with_coding(message),
            2 => length_values(message),
            3 => content(message, status),
            4 => head_content(message, status),
            _ => request_rule(message),
        }
    }
}

impl Iterator for Findings<'_> {
    type Item = Finding;

    fn next(&mut self) -> Option<Finding> {
        let rules = self.header_rules();
        loop {
            let step = self.next;
            self.next += 1;
            let finding = if let Some(rule) = rules.get(step) {
                header_rule(&self.message, rule)
            } else if step - rules.len() < CHECKS {
                self.check(step - rules.len())
            } else {
                self.next = step;
                return None;
            };
            if finding.is_some() {
                return finding;
            }
        }
    }
}

/// Once done, `next` keeps returning `None`.
impl core::iter::FusedIterator for Findings<'_> {}

fn finding(message: &Message<'_>, level: Level, field: Option<&'static str>, spec: Spec, rule: Rule) -> Finding {
    Finding { status: message.status, level, field, spec, rule }
}

/// A header rule from the dataset: a missing MUST, SHOULD or expected field, or a present MUST
/// NOT or SHOULD NOT one. A conditional rule, of any level, counts only where the message shows
/// its condition.
fn header_rule(message: &Message<'_>, rule: &'static HeaderRule) -> Option<Finding> {
    if rule.conditional && !condition_holds(message, rule) {
        return None;
    }
    let present = match standard_name(rule.field) {
        Some(name) => message.headers.contains_key(name),
        None => message.headers.contains_key(rule.field),
    };
    let (level, rule_kind) = match rule.level {
        Requirement::Must if !present => (Level::Must, Rule::MissingField(rule)),
        Requirement::Should if !present => (Level::Should, Rule::MissingField(rule)),
        Requirement::Expected if !present => (Level::Note, Rule::MissingField(rule)),
        Requirement::MustNot if present => (Level::MustNot, Rule::ForbiddenField(rule)),
        Requirement::ShouldNot if present => (Level::ShouldNot, Rule::ForbiddenField(rule)),
        _ => return None,
    };
    Some(finding(message, level, Some(rule.field), rule.spec, rule_kind))
}

/// The `http` crate's name for a field the dataset spells this way. Looking a field up by its
/// `HeaderName` skips parsing and lower-casing the text, which is most of a lookup's cost.
fn standard_name(field: &str) -> Option<HeaderName> {
    Some(match field {
        "Accept-Encoding" => header::ACCEPT_ENCODING,
        "Allow" => header::ALLOW,
        "Cache-Control" => header::CACHE_CONTROL,
        "Connection" => header::CONNECTION,
        "Content-Length" => header::CONTENT_LENGTH,
        "Content-Location" => header::CONTENT_LOCATION,
        "Content-Range" => header::CONTENT_RANGE,
        "Content-Type" => header::CONTENT_TYPE,
        "Date" => header::DATE,
        "ETag" => header::ETAG,
        "Expires" => header::EXPIRES,
        "Last-Modified" => header::LAST_MODIFIED,
        "Link" => header::LINK,
        "Location" => header::LOCATION,
        "Proxy-Authenticate" => header::PROXY_AUTHENTICATE,
        "Retry-After" => header::RETRY_AFTER,
        "Transfer-Encoding" => header::TRANSFER_ENCODING,
        "Upgrade" => header::UPGRADE,
        "Vary" => header::VARY,
        "WWW-Authenticate" => header::WWW_AUTHENTICATE,
        _ => return None,
    })
}

/// The fields a 304 or 206 must carry when the 200 to the same request would (RFC 9110 §15.4.5,
/// §15.3.7).
const AS_THE_OK_RESPONSE: [&str; 6] = ["Cache-Control", "Content-Location", "Date", "ETag", "Expires", "Vary"];

/// Whether a conditional rule holds for this message, as far as the message shows it: 206's
/// `Content-Range` when its content is not `multipart/byteranges` (a single part), and the fields
/// a 304 or 206 repeats from the 200, when that 200 is known ([`Message::with_ok_response`]).
/// The others ("when announcing an upload") depend on what the message cannot show.
fn condition_holds(message: &Message<'_>, rule: &HeaderRule) -> bool {
    let code = message.status.as_u16();
    if code == 206 && rule.field.eq_ignore_ascii_case("Content-Range") {
        return !message.is_multipart_byteranges();
    }
    let repeated = matches!(code, 206 | 304) && AS_THE_OK_RESPONSE.iter().any(|field| field.eq_ignore_ascii_case(rule.field));
    repeated && message.ok_response.is_some_and(|ok| ok.contains_key(rule.field))
}

/// The code itself: outside 100..=599, not in the dataset, unofficial, deprecated (305) or
/// reserved (306, 418).
fn code(message: &Message<'_>, status: Option<Status>) -> Option<Finding> {
    if message.status.as_u16() > 599 {
        return Some(finding(message, Level::Note, None, STATUS_CODES, Rule::InvalidCode));
    }
    let Some(status) = status else {
        return Some(finding(message, Level::Note, None, STATUS_CODES, Rule::UnknownCode));
    };
    match status.registration() {
        Registration::Unofficial => Some(finding(message, Level::Note, None, STATUS_CODES, Rule::UnofficialCode)),
        Registration::Reserved => Some(finding(message, Level::Note, None, status.spec().unwrap_or(STATUS_CODES), Rule::Reserved)),
        // The dataset records no deprecation flag; RFC 9110 deprecates 305 alone.
        _ if status.code() == 305 => Some(finding(message, Level::Note, None, status.spec().unwrap_or(STATUS_CODES), Rule::Deprecated)),
        _ if status.is_obsoleted() => Some(finding(message, Level::Note, None, status.spec().unwrap_or(STATUS_CODES), Rule::Obsoleted)),
        _ => None,
    }
}

/// `Content-Length` beside `Transfer-Encoding` (RFC 9112 §6.2).
fn length_with_coding(message: &Message<'_>) -> Option<Finding> {
    let both = message.headers.contains_key(header::CONTENT_LENGTH) && message.headers.contains_key(header::TRANSFER_ENCODING);
    both.then(|| {
        finding(
            message,
            Level::MustNot,
            Some("Content-Length"),
            CONTENT_LENGTH_WITH_TRANSFER_ENCODING,
            Rule::ContentLengthWithTransferEncoding,
        )
    })
}

/// `Content-Length` that is not one number: differing values break RFC 9110 §8.6; one value
/// repeated (`42, 42`, or the field twice) is a note, since recipients may reject it.
fn length_values(message: &Message<'_>) -> Option<Finding> {
    let mut first = None;
    let mut count = 0usize;
    for value in message.headers.get_all(header::CONTENT_LENGTH) {
        for number in value.as_bytes().split(|byte| *byte == b',') {
            let number = number.trim_ascii();
            count += 1;
            match first {
                None => first = Some(number),
                Some(first) if without_leading_zeros(first) != without_leading_zeros(number) => {
                    return Some(finding(message, Level::MustNot, Some("Content-Length"), CONTENT_LENGTH, Rule::DifferingContentLengths));
                }
                Some(_) => {}
            }
        }
    }
    (count > 1).then(|| finding(message, Level::Note, Some("Content-Length"), CONTENT_LENGTH, Rule::RepeatedContentLength))
}

/// `007` and `7` are the same length.
fn without_leading_zeros(number: &[u8]) -> &[u8] {
    let zeros = number.iter().take_while(|byte| **byte == b'0').count();
    &number[zeros.min(number.len().saturating_sub(1))..]
}

/// Content on a status that cannot carry any: the dataset's `body_allowed`, and every 1xx for
/// codes it lacks.
fn content(message: &Message<'_>, status: Option<Status>) -> Option<Finding> {
    let code = message.status.as_u16();
    let allowed = status.map_or(code >= 200, Status::body_allowed);
    if allowed || !message.content.is_present() {
        return None;
    }
    let spec = match status.and_then(Status::spec) {
        Some(spec) if code >= 200 => spec,
        _ => INFORMATIONAL,
    };
    Some(finding(message, Level::MustNot, None, spec, Rule::ContentNotAllowed(message.content.length())))
}

/// Content in a response to HEAD, unless [`content`] has already reported it.
fn head_content(message: &Message<'_>, status: Option<Status>) -> Option<Finding> {
    let head = message.request.is_some_and(Request::is_head);
    let reported = !status.map_or(message.status.as_u16() >= 200, Status::body_allowed);
    if !head || reported || !message.content.is_present() {
        return None;
    }
    Some(finding(message, Level::MustNot, None, HEAD, Rule::ContentInHeadResponse(message.content.length())))
}

/// The rules of 100, 101, 201 and 206 that depend on the request.
fn request_rule(message: &Message<'_>) -> Option<Finding> {
    let request = message.request?;
    match message.status.as_u16() {
        100 if request.expects_continue() == Some(false) => {
            Some(finding(message, Level::Note, Some("Expect"), CONTINUE, Rule::ContinueWithoutExpectation))
        }
        101 if request.has_upgrade() == Some(false) => {
            Some(finding(message, Level::MustNot, Some("Upgrade"), UPGRADE, Rule::SwitchWithoutUpgrade))
        }
        201 if request.is_safe() => Some(finding(message, Level::Note, None, SAFE_METHODS, Rule::CreatedBySafeMethod)),
        206 if request.has_range() == Some(false) => Some(finding(message, Level::Note, None, PARTIAL_CONTENT, Rule::PartialWithoutRange)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::standard_name;
    use crate::Status;

    /// Every field the data names maps to the same `HeaderName` as parsing it would give; only
    /// names `http` has no const for take the slow path.
    #[test]
    fn standard_names_match_the_data() {
        for status in Status::ALL {
            for rule in status.headers() {
                let parsed = http::HeaderName::from_bytes(rule.field.as_bytes()).unwrap();
                match standard_name(rule.field) {
                    Some(name) => assert_eq!(name, parsed, "{}", rule.field),
                    // `http` has no consts for these.
                    None => assert!(rule.field.starts_with("Upload-") || rule.field == "Accept-Patch", "{} has no fast path", rule.field),
                }
            }
        }
    }
}
