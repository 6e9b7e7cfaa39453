//! Raw HTTP/1.x responses as `curl -si` prints them: one or more messages, interim 1xx
//! responses included, split where each one ends.
//!
//! A response that cannot carry content (1xx, 204, 304, or any response to HEAD) ends with its
//! header section; bytes after it, up to the next status line, are its stray content. Other
//! responses end after `Content-Length` bytes or the last chunk of a chunked body. Content that
//! has neither framing (curl prints chunked bodies decoded) runs to the next status line, or to
//! the end of the input. After a 101 the rest of the input belongs to the new protocol.

use std::fmt;

use http::header::{CONTENT_LENGTH, TRANSFER_ENCODING};
use http::{HeaderMap, HeaderName, HeaderValue, StatusCode};

/// One response read from the input.
pub(crate) struct RawResponse {
    /// The line its status line is on, counting from 1.
    pub(crate) line: usize,
    /// The status line as sent, such as `HTTP/1.1 204 No Content`.
    pub(crate) status_line: String,
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    /// Bytes of content, stray or framed.
    pub(crate) content_length: usize,
}

/// Input that is not an HTTP response, with the line where that shows.
#[derive(Debug)]
pub(crate) struct NotHttp {
    pub(crate) line: usize,
    pub(crate) message: String,
}

impl fmt::Display for NotHttp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// Every response in `input`, in order. `head` says the request was HEAD, so final responses
/// carry no content whatever their framing fields say.
pub(crate) fn parse(input: &[u8], head: bool) -> Result<Vec<RawResponse>, NotHttp> {
    let mut reader = Reader { input, pos: skip_empty_lines(input, 0) };
    if reader.pos == input.len() {
        return Err(NotHttp { line: 1, message: "the input is empty; expected an HTTP response such as `curl -si` prints".to_owned() });
    }
    let mut responses = Vec::new();
    while reader.pos < input.len() {
        responses.push(reader.response(head)?);
        reader.pos = skip_empty_lines(input, reader.pos);
    }
    Ok(responses)
}

struct Reader<'a> {
    input: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    /// The line number of byte `pos`, counting from 1.
    #[allow(clippy::naive_bytecount, reason = "called once per line of a small input; not worth a dependency")]
    fn line_at(&self, pos: usize) -> usize {
        self.input[..pos].iter().filter(|byte| **byte == b'\n').count() + 1
    }

    /// The next line without its line ending, and moves past it.
    fn next_line(&mut self) -> Option<&[u8]> {
        if self.pos >= self.input.len() {
            return None;
        }
        let rest = &self.input[self.pos..];
        let (line, advance) = match rest.iter().position(|byte| *byte == b'\n') {
            Some(end) => (&rest[..end], end + 1),
            None => (rest, rest.len()),
        };
        self.pos += advance;
        Some(line.strip_suffix(b"\r").unwrap_or(line))
    }

    fn response(&mut self, head: bool) -> Result<RawResponse, NotHttp> {
        let line = self.line_at(self.pos);
        let status_line = self.next_line().unwrap_or_default();
        let Some(status) = parse_status_line(status_line) else {
            return Err(NotHttp {
                line,
                message: format!("expected a status line such as `HTTP/1.1 200 OK`, found `{}`", shown(status_line)),
            });
        };
        let status_line = String::from_utf8_lossy(status_line).trim_end().to_owned();
        let headers = self.header_section()?;
        let code = status.as_u16();
        let start = self.pos;
        let bodiless = code < 200 || code == 204 || code == 304 || head;
        let framed = if bodiless {
            None
        } else if is_chunked(&headers) {
            chunked_end(self.input, start)
        } else if let Some(length) = content_length(&headers) {
            let end = start.saturating_add(length).min(self.input.len());
            let rest = skip_empty_lines(self.input, end);
            // Anything but another response after the framed bytes means the length is wrong
            // (or curl decoded the content); the content then runs to the next status line.
            let next_is_response = rest == self.input.len() || parse_status_line(first_line(&self.input[rest..])).is_some();
            next_is_response.then_some((end, end - start))
        } else {
            None
        };
        let (end, content_length) = if code == 101 {
            // After a 101 the connection speaks another protocol: what follows is not HTTP.
            (self.input.len(), 0)
        } else {
            framed.unwrap_or_else(|| unframed(self.input, start))
        };
        self.pos = end;
        Ok(RawResponse { line, status_line, status, headers, content_length })
    }

    /// Header fields up to the empty line that ends the section (or the end of the input).
    fn header_section(&mut self) -> Result<HeaderMap, NotHttp> {
        // (line, name, value) in order; a folded line extends the last value.
        let mut fields: Vec<(usize, HeaderName, Vec<u8>)> = Vec::new();
        loop {
            let line_number = self.line_at(self.pos);
            let Some(line) = self.next_line() else { break };
            if line.is_empty() {
                break;
            }
            if line[0] == b' ' || line[0] == b'\t' {
                // Obsolete line folding: the line continues the previous field's value.
                let Some((_, _, value)) = fields.last_mut() else {
                    return Err(NotHttp {
                        line: line_number,
                        message: "a header line starts with white space but follows no field".to_owned(),
                    });
                };
                value.push(b' ');
                value.extend_from_slice(line.trim_ascii());
                continue;
            }
            let Some(colon) = line.iter().position(|byte| *byte == b':') else {
                let message = format!("expected a header field such as `Content-Type: text/html`, found `{}`", shown(line));
                return Err(NotHttp { line: line_number, message });
            };
            let name = HeaderName::from_bytes(&line[..colon])
                .map_err(|_| NotHttp { line: line_number, message: format!("`{}` is not a header field name", shown(&line[..colon])) })?;
            fields.push((line_number, name, line[colon + 1..].trim_ascii().to_vec()));
        }
        let mut headers = HeaderMap::new();
        for (line, name, value) in fields {
            let value = HeaderValue::from_bytes(&value)
                .map_err(|_| NotHttp { line, message: format!("the value of `{name}` holds a control character") })?;
            headers.append(name, value);
        }
        Ok(headers)
    }
}

/// The code of `HTTP/1.1 204 No Content` (also `HTTP/2 200`, as curl prints HTTP/2).
fn parse_status_line(line: &[u8]) -> Option<StatusCode> {
    let text = std::str::from_utf8(line).ok()?;
    let mut parts = text.splitn(3, ' ');
    let version = parts.next()?.strip_prefix("HTTP/")?;
    let valid_version = version.split('.').all(|digits| !digits.is_empty() && digits.bytes().all(|byte| byte.is_ascii_digit()));
    let code = parts.next()?;
    if !valid_version || code.len() != 3 || !code.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    StatusCode::from_bytes(code.as_bytes()).ok()
}

fn first_line(bytes: &[u8]) -> &[u8] {
    let line = bytes.split(|byte| *byte == b'\n').next().unwrap_or_default();
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// Content without framing, from `start` to the next status line or the end of the input: its
/// end, and its length without the line breaks that separate it from the next message (line
/// breaks alone are no content).
fn unframed(input: &[u8], start: usize) -> (usize, usize) {
    let end = next_status_line(input, start);
    let mut content = &input[start..end];
    if end < input.len() {
        while let [rest @ .., b'\r' | b'\n'] = content {
            content = rest;
        }
    }
    let length = if content.iter().all(|byte| matches!(byte, b'\r' | b'\n')) { 0 } else { content.len() };
    (end, length)
}

/// Where the next line that is a status line starts, at or after `from`; the input's end if none.
fn next_status_line(input: &[u8], from: usize) -> usize {
    let mut pos = from;
    while pos < input.len() {
        let at_line_start = pos == from || input[pos - 1] == b'\n';
        if at_line_start && parse_status_line(first_line(&input[pos..])).is_some() {
            return pos;
        }
        pos += 1;
    }
    input.len()
}

fn skip_empty_lines(input: &[u8], mut pos: usize) -> usize {
    while pos < input.len() && matches!(input[pos], b'\r' | b'\n') {
        pos += 1;
    }
    pos
}

/// Whether the last transfer coding is `chunked`, which frames the content.
fn is_chunked(headers: &HeaderMap) -> bool {
    let codings = headers.get_all(TRANSFER_ENCODING).iter().filter_map(|value| value.to_str().ok()).flat_map(|value| value.split(','));
    codings.last().is_some_and(|coding| coding.trim().eq_ignore_ascii_case("chunked"))
}

/// A single valid `Content-Length`; repeated equal values count as one.
fn content_length(headers: &HeaderMap) -> Option<usize> {
    let mut values = headers.get_all(CONTENT_LENGTH).iter().map(|value| value.to_str().ok()?.trim().parse::<usize>().ok());
    let first = values.next()??;
    values.all(|value| value == Some(first)).then_some(first)
}

/// The end of a chunked body starting at `pos` (past the last chunk and the trailer section),
/// and the length of its content. `None` if the bytes are not chunks (curl prints chunked
/// content decoded).
fn chunked_end(input: &[u8], mut pos: usize) -> Option<(usize, usize)> {
    let mut length = 0usize;
    loop {
        let line = first_line(input.get(pos..)?);
        let after_line = pos + line.len() + if input[pos + line.len()..].starts_with(b"\r\n") { 2 } else { 1 };
        let size_text = std::str::from_utf8(line).ok()?.split(';').next()?.trim();
        let size = usize::from_str_radix(size_text, 16).ok()?;
        pos = after_line.min(input.len());
        if size == 0 {
            // Trailer fields, then an empty line.
            loop {
                let line = first_line(input.get(pos..)?);
                pos = (pos + line.len() + if input[pos + line.len()..].starts_with(b"\r\n") { 2 } else { 1 }).min(input.len());
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

/// A line as it may be shown in an error: lossy UTF-8, cut at 60 characters.
fn shown(line: &[u8]) -> String {
    let text = String::from_utf8_lossy(line);
    if text.chars().count() > 60 { format!("{}…", text.chars().take(59).collect::<String>()) } else { text.into_owned() }
}
