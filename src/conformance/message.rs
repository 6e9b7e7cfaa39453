//! What a check looks at: the response ([`Message`]), whether it carries content ([`Content`]),
//! and what is known of the request it answers ([`Request`]).

use http::header::{CONTENT_TYPE, EXPECT, HeaderMap, RANGE, UPGRADE};
use http::{Method, StatusCode};
use http_body::Body;

use super::rules::Findings;

/// Whether a response carries content, as far as the checker can tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Content {
    /// No content: the message ends after its header section (or its content is empty).
    Empty,
    /// Content is present; its length in bytes where known.
    Present(Option<u64>),
    /// There may be content: a streamed body whose size is unknown. No content rule fires.
    Unknown,
}

impl Content {
    /// What a body's size hint says: an exact zero is no content, a lower bound above zero is
    /// content, and anything else is unknown.
    pub fn from_size_hint(hint: &http_body::SizeHint) -> Content {
        match hint.exact() {
            Some(0) => Content::Empty,
            Some(length) => Content::Present(Some(length)),
            None if hint.lower() > 0 => Content::Present(None),
            None => Content::Unknown,
        }
    }

    /// Whether content is known to be there.
    pub const fn is_present(self) -> bool {
        matches!(self, Content::Present(_))
    }

    /// The length of present content, where known.
    pub const fn length(self) -> Option<u64> {
        match self {
            Content::Present(length) => length,
            Content::Empty | Content::Unknown => None,
        }
    }
}

/// What the rules need to know of the request a response answers. It is `Copy` and owns
/// nothing, so middleware can keep it while the request moves on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Request {
    head: bool,
    safe: bool,
    fields: Option<RequestFields>,
}

/// The request header fields some rules look at; `None` in [`Request`] when only the method is
/// known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct RequestFields {
    range: bool,
    expects_continue: bool,
    upgrade: bool,
}

impl Request {
    /// A request with this method and these header fields.
    pub fn new(method: &Method, headers: &HeaderMap) -> Request {
        // One pass comparing names, which for `http`'s standard names is a tag comparison: cheaper
        // than three hashed lookups for the handful of fields a request usually has.
        let mut fields = RequestFields { range: false, expects_continue: false, upgrade: false };
        for (name, value) in headers {
            if name == RANGE {
                fields.range = true;
            } else if name == UPGRADE {
                fields.upgrade = true;
            } else if name == EXPECT {
                let listed =
                    value.to_str().is_ok_and(|text| text.split(',').any(|member| member.trim().eq_ignore_ascii_case("100-continue")));
                fields.expects_continue |= listed;
            }
        }
        Request { fields: Some(fields), ..Request::method(method) }
    }

    /// A request of which only the method is known: rules about request header fields are
    /// skipped.
    pub fn method(method: &Method) -> Request {
        Request { head: method == Method::HEAD, safe: method.is_safe(), fields: None }
    }

    /// The method and header fields of `request`.
    pub fn of<B>(request: &http::Request<B>) -> Request {
        Request::new(request.method(), request.headers())
    }

    /// The method and header fields of a request's parts.
    pub fn from_parts(parts: &http::request::Parts) -> Request {
        Request::new(&parts.method, &parts.headers)
    }

    pub(crate) const fn is_head(self) -> bool {
        self.head
    }

    pub(crate) const fn is_safe(self) -> bool {
        self.safe
    }

    /// `Some(true)` when the request had a `Range` field; `None` when its fields are unknown.
    pub(crate) fn has_range(self) -> Option<bool> {
        self.fields.map(|fields| fields.range)
    }

    pub(crate) fn expects_continue(self) -> Option<bool> {
        self.fields.map(|fields| fields.expects_continue)
    }

    pub(crate) fn has_upgrade(self) -> Option<bool> {
        self.fields.map(|fields| fields.upgrade)
    }
}

/// A response to check: its status, header fields and content, and optionally the request it
/// answers. Build one, then iterate over [`Message::findings`].
///
/// ```
/// use http::{HeaderMap, StatusCode};
/// use status_atlas::conformance::{Content, Level, Message};
///
/// let mut headers = HeaderMap::new();
/// headers.insert("content-length", "5".parse().unwrap());
/// let message = Message::new(StatusCode::NO_CONTENT, &headers, Content::Present(Some(5)));
/// let levels: Vec<Level> = message.findings().map(|finding| finding.level).collect();
/// assert_eq!(levels, [Level::MustNot, Level::MustNot]); // Content-Length, and the content
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Message<'a> {
    pub(crate) status: StatusCode,
    pub(crate) headers: &'a HeaderMap,
    pub(crate) content: Content,
    pub(crate) request: Option<Request>,
    pub(crate) ok_response: Option<&'a HeaderMap>,
}

impl<'a> Message<'a> {
    /// A response with this status, these header fields and this content.
    pub fn new(status: StatusCode, headers: &'a HeaderMap, content: Content) -> Message<'a> {
        Message { status, headers, content, request: None, ok_response: None }
    }

    /// A response's parts; the body is described separately, since `Parts` has none.
    pub fn from_parts(parts: &'a http::response::Parts, content: Content) -> Message<'a> {
        Message::new(parts.status, &parts.headers, content)
    }

    /// A whole response; whether it carries content comes from its body's size hint.
    pub fn from_response<B: Body>(response: &'a http::Response<B>) -> Message<'a> {
        Message::new(response.status(), response.headers(), Content::from_size_hint(&response.body().size_hint()))
    }

    /// The same response, answering `request`; turns on the rules that depend on it.
    #[must_use]
    pub fn with_request(self, request: Request) -> Message<'a> {
        Message { request: Some(request), ..self }
    }

    /// The same response, with the header fields of the 200 (OK) that the same request gets
    /// without its conditions or `Range`. A 304 or 206 must repeat the `Cache-Control`,
    /// `Content-Location`, `Date`, `ETag`, `Expires` and `Vary` that 200 carries (RFC 9110
    /// §15.4.5 and §15.3.7); with it, those rules run.
    ///
    /// ```
    /// use http::{HeaderMap, StatusCode};
    /// use status_atlas::conformance::{Content, Level, Message};
    ///
    /// let mut ok = HeaderMap::new();
    /// ok.insert("etag", "\"v1\"".parse().unwrap());
    /// ok.insert("cache-control", "max-age=60".parse().unwrap());
    /// let mut not_modified = HeaderMap::new();
    /// not_modified.insert("etag", "\"v1\"".parse().unwrap());
    /// let message = Message::new(StatusCode::NOT_MODIFIED, &not_modified, Content::Empty).with_ok_response(&ok);
    /// let missing: Vec<_> = message.findings().map(|finding| (finding.level, finding.field)).collect();
    /// assert_eq!(missing, [(Level::Must, Some("Cache-Control"))]);
    /// ```
    #[must_use]
    pub fn with_ok_response(self, headers: &'a HeaderMap) -> Message<'a> {
        Message { ok_response: Some(headers), ..self }
    }

    /// The status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// Every rule the response breaks, in a fixed order: the code itself, header fields, content,
    /// then rules about the request. Nothing is allocated.
    pub fn findings(&self) -> Findings<'a> {
        Findings::new(*self)
    }

    /// Whether a MUST or MUST NOT is broken.
    pub fn breaks_must(&self) -> bool {
        self.findings().any(|finding| finding.level.is_must())
    }

    /// Whether the `Content-Type` says the content is `multipart/byteranges` (a multi-part 206).
    pub(crate) fn is_multipart_byteranges(&self) -> bool {
        self.headers.get(CONTENT_TYPE).and_then(|value| value.to_str().ok()).is_some_and(|text| {
            let media_type = text.split(';').next().unwrap_or_default().trim();
            media_type.eq_ignore_ascii_case("multipart/byteranges")
        })
    }
}
