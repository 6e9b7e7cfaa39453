//! Where a response's content ends in curl's output.
//!
//! curl prints content after the header section as it received it, less what it decoded: chunks
//! are printed decoded (unless `--raw`), and with `--compressed` so is the content coding. With
//! `-L` it prints no content for the redirects it follows, and with `-I` none at all. So the
//! framing fields are believed where the capture bears them out: `Content-Length` bytes, or
//! chunks, followed by the end of the input or another response. Otherwise a response with no
//! content is one followed at once by another response (a redirect curl followed, a HEAD, a 1xx,
//! 204 or 304), and content whose length the capture does not keep runs to the next place a
//! response can start (see [`search`](super::search)).

use http::HeaderMap;
use http::header::{CONTENT_ENCODING, CONTENT_LENGTH, TRANSFER_ENCODING};

use super::head::Head;
use super::lines::{line_at, skip_empty_lines};
use super::search::{self, Found};

/// Where a response's content ends, and what the reader had to assume.
pub(crate) struct Content {
    /// Where the content ends: the next response, or the end of the input.
    pub(crate) end: usize,
    /// Bytes of content.
    pub(crate) length: usize,
    /// Why the content had no length the capture keeps, when that matters to where it ends.
    pub(crate) unframed: Option<String>,
    /// Lines that start like status lines inside the content: the first and how many.
    pub(crate) rejected: Option<(usize, usize)>,
    /// Whether the end is a guess: a place where a response can start inside unframed content.
    pub(crate) guessed: bool,
}

/// What the reader knows besides the head.
#[derive(Clone, Copy)]
pub(crate) struct Context {
    /// The request was HEAD: final responses carry no content.
    pub(crate) head_request: bool,
    /// The capture's first head ends its lines with CR LF, as curl writes them.
    pub(crate) crlf: bool,
}

/// The content of the response whose head is `head`.
pub(crate) fn content(input: &[u8], head: &Head, headers: &HeaderMap, context: Context) -> Content {
    let start = head.end;
    let next = skip_empty_lines(input, start);
    let empty = |end: usize| Content { end, length: 0, unframed: None, rejected: None, guessed: false };
    if head.code == 101 {
        // After a 101 the connection speaks the new protocol; curl prints an HTTP/2 response
        // there after an h2c upgrade, and anything else is not HTTP/1.
        let found = search::next_response(input, start, context.crlf);
        return if found.start == Some(next) { empty(next) } else { Content { length: 0, ..empty(input.len()) } };
    }
    let no_content = head.code < 200 || head.code == 204 || head.code == 304 || context.head_request;
    if no_content {
        if next == input.len() || search::status_like(input, next) {
            return empty(next);
        }
        // Bytes after a response that cannot have content are stray content of its own.
        let found = search::next_response(input, start, context.crlf);
        return unframed(input, start, &found, None, false);
    }
    let lands = |end: usize| {
        let at = skip_empty_lines(input, end);
        at == input.len() || search::status_like(input, at)
    };
    let codings = TransferCodings::of(headers);
    let length = content_length(headers);
    if codings.chunked
        && let Some((end, length)) = chunks(input, start).filter(|(end, _)| lands(*end))
    {
        return Content { length, ..empty(end) };
    }
    if !codings.present
        && let Some(length) = length.filter(|length| start.checked_add(*length).is_some_and(|end| end <= input.len() && lands(end)))
    {
        return Content { length, ..empty(start + length) };
    }
    let found = search::next_response(input, start, context.crlf);
    if found.start == Some(next) {
        // A response that follows at once: the redirect curl -L followed, or curl -I.
        return empty(next);
    }
    if found.start.is_none() && next == input.len() {
        // Nothing follows the header section: curl -I, whose last response has no content.
        let unframed = length.filter(|length| *length > 0).map(|length| {
            format!(
                "its Content-Length says {length} bytes, but nothing follows its header section: read as an answer to HEAD \
                 (`curl -I`), which `check -I` says outright"
            )
        });
        return Content { unframed, ..empty(next) };
    }
    let mut mismatch = false;
    let reason = if codings.chunked {
        "its content came in chunks, which curl prints decoded, so the capture keeps no length for it".to_owned()
    } else if codings.present {
        "its transfer coding does not end in `chunked`, so its content ended with the connection".to_owned()
    } else if let Some(coding) = content_coding(headers).filter(|_| length.is_some()) {
        format!("its Content-Length counts the {coding}-coded bytes, and curl printed them decoded (`--compressed`)")
    } else if let Some(length) = length {
        let until = if found.start.is_some() { "before the next response" } else { "to the end of the input" };
        let present = found.start.unwrap_or(input.len()) - start;
        mismatch = true;
        format!("its Content-Length says {length} bytes, but {present} follow {until}")
    } else if headers.contains_key(CONTENT_LENGTH) {
        "its Content-Length is not one number, so it gives no length".to_owned()
    } else {
        "it has neither Content-Length nor Transfer-Encoding, so the capture keeps no length for its content".to_owned()
    };
    unframed(input, start, &found, Some(reason), mismatch)
}

/// Content from `start` to the next response `found` (or the end of the input). Its length
/// leaves out the line ends before the next response; line ends alone are no content. The
/// reason is kept when the end is a guess, or when `always` (a length the capture contradicts).
fn unframed(input: &[u8], start: usize, found: &Found, reason: Option<String>, always: bool) -> Content {
    let end = found.start.unwrap_or(input.len());
    let mut content = &input[start..end];
    if found.start.is_some() {
        while let [rest @ .., b'\r' | b'\n'] = content {
            content = rest;
        }
    }
    let length = if content.iter().all(|byte| matches!(byte, b'\r' | b'\n')) { 0 } else { content.len() };
    let unframed = reason.filter(|_| found.start.is_some() || always);
    Content { end, length, unframed, rejected: found.rejected, guessed: found.start.is_some() }
}

/// The transfer codings a response lists.
struct TransferCodings {
    present: bool,
    /// The last coding is `chunked`, which frames the content.
    chunked: bool,
}

impl TransferCodings {
    fn of(headers: &HeaderMap) -> TransferCodings {
        let mut codings = TransferCodings { present: false, chunked: false };
        for value in headers.get_all(TRANSFER_ENCODING) {
            for coding in value.to_str().unwrap_or_default().split(',').map(str::trim).filter(|coding| !coding.is_empty()) {
                codings.present = true;
                codings.chunked = coding.eq_ignore_ascii_case("chunked");
            }
        }
        codings
    }
}

/// The one length `Content-Length` gives; repeated equal values count as one.
fn content_length(headers: &HeaderMap) -> Option<usize> {
    let mut length = None;
    for value in headers.get_all(CONTENT_LENGTH) {
        for number in value.to_str().ok()?.split(',') {
            let number = number.trim();
            if number.is_empty() || !number.bytes().all(|byte| byte.is_ascii_digit()) {
                return None;
            }
            let number = number.parse::<usize>().ok()?;
            if length.is_some_and(|length| length != number) {
                return None;
            }
            length = Some(number);
        }
    }
    length
}

/// A content coding other than `identity`, such as `gzip`.
fn content_coding(headers: &HeaderMap) -> Option<String> {
    let text = headers.get(CONTENT_ENCODING)?.to_str().ok()?.trim();
    (!text.is_empty() && !text.eq_ignore_ascii_case("identity")).then(|| text.to_owned())
}

/// The end of chunks starting at `pos` (past the last chunk and the trailer section) and the
/// length of their content; `None` if the bytes are not chunks (curl prints them decoded unless
/// `--raw`).
fn chunks(input: &[u8], mut pos: usize) -> Option<(usize, usize)> {
    let mut length = 0usize;
    loop {
        let line = line_at(input, pos);
        let size = line.text(input).split(|byte| *byte == b';').next()?.trim_ascii();
        if size.is_empty() || size.len() > 16 || !size.iter().all(u8::is_ascii_hexdigit) {
            return None;
        }
        let size = usize::from_str_radix(std::str::from_utf8(size).ok()?, 16).ok()?;
        pos = line.next;
        if size == 0 {
            // Trailer fields, then an empty line.
            loop {
                if pos >= input.len() {
                    return None;
                }
                let line = line_at(input, pos);
                pos = line.next;
                if line.is_empty() {
                    return Some((pos, length));
                }
            }
        }
        pos = pos.checked_add(size)?;
        length = length.checked_add(size)?;
        let rest = input.get(pos..)?;
        pos += if rest.starts_with(b"\r\n") {
            2
        } else if rest.starts_with(b"\n") {
            1
        } else {
            return None;
        };
    }
}
