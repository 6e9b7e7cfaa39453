//! Captures: the responses `curl -si` prints (also `-I`, `-L`, `-D -`, `--raw`, `--compressed`,
//! several URLs in one call, HTTP/2), read in order, interim 1xx responses included.
//!
//! The reader never makes a response out of content and never folds a response into the one
//! before it: a response starts where the previous one's framing ends, or where curl's output
//! can place one (see [`framing`] and [`search`]). Where it has to choose, it says so in a
//! [`Note`]. It reads each byte a bounded number of times, so time grows linearly with the input.

mod decode;
mod framing;
mod head;
mod lines;
mod search;

use std::fmt;

use http::{HeaderMap, StatusCode};

use self::framing::Context;
use self::lines::{LineNumbers, line_at, skip_empty_lines};

/// One response read from the capture.
pub(crate) struct RawResponse {
    /// The line its status line is on, counting from 1.
    pub(crate) line: usize,
    /// The status line as sent, such as `HTTP/1.1 204 No Content`.
    pub(crate) status_line: String,
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    /// Bytes of content, stray or framed, as the capture holds them.
    pub(crate) content_length: usize,
}

/// Something the reader had to assume or change to read the capture.
pub(crate) struct Note {
    /// The line it is about, counting from 1.
    pub(crate) line: usize,
    /// The response it is about, counting from 1; `None` for the input as a whole.
    pub(crate) response: Option<usize>,
    pub(crate) text: String,
}

/// Every response of a capture, and the notes on reading it.
pub(crate) struct Capture {
    pub(crate) responses: Vec<RawResponse>,
    pub(crate) notes: Vec<Note>,
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

/// Where RFC 9110 says which status codes are valid.
const STATUS_CODES_URL: &str = "https://www.rfc-editor.org/rfc/rfc9110#section-15";

/// Every response in `input`, in order. `head_request` says the request was HEAD, so final
/// responses carry no content whatever their framing fields say.
pub(crate) fn read(input: &[u8], head_request: bool) -> Result<Capture, NotHttp> {
    let (text, encoding) = decode::decode(input);
    let input = &*text;
    let mut reader = Reader { input, lines: LineNumbers::new(input), notes: Vec::new(), crlf: None, cr_cr_lf: false };
    if let Some(encoding) = encoding {
        reader.notes.push(Note { line: 1, response: None, text: encoding });
    }
    let mut pos = skip_empty_lines(input, 0);
    if pos == input.len() {
        return Err(NotHttp { line: 1, message: "the input is empty; expected an HTTP response such as `curl -si` prints".to_owned() });
    }
    let mut responses = Vec::new();
    while pos < input.len() {
        let (response, end) = reader.response(pos, responses.len() + 1, head_request)?;
        responses.push(response);
        pos = skip_empty_lines(input, end);
    }
    Ok(Capture { responses, notes: reader.notes })
}

struct Reader<'a> {
    input: &'a [u8],
    lines: LineNumbers<'a>,
    notes: Vec<Note>,
    /// Whether the first head ends its lines with CR LF; set by the first response.
    crlf: Option<bool>,
    /// Whether CR CR LF line ends have been noted.
    cr_cr_lf: bool,
}

impl Reader<'_> {
    /// The response that starts at `start`, and where the next one can start.
    fn response(&mut self, start: usize, index: usize, head_request: bool) -> Result<(RawResponse, usize), NotHttp> {
        let input = self.input;
        let line = self.lines.at(start);
        let first = line_at(input, start).text(input);
        match head::status_code(first) {
            Some(head::Code::Valid(_)) => {}
            Some(head::Code::Invalid) => {
                let message = format!(
                    "`{}` is not a valid status code: RFC 9110 §15 allows three digits from 100 to 599 ({STATUS_CODES_URL})",
                    head::shown(head::code_text(first))
                );
                return Err(NotHttp { line, message });
            }
            None if decode::is_verbose_line(first) => {
                let message = format!("this looks like `curl -v` output; use `curl -si` (found `{}`)", head::shown(first));
                return Err(NotHttp { line, message });
            }
            None => {
                let message = format!("expected a status line such as `HTTP/1.1 200 OK`, found `{}`", head::shown(first));
                return Err(NotHttp { line, message });
            }
        }
        let head =
            head::read(input, start).map_err(|malformed| NotHttp { line: self.lines.at(malformed.at), message: malformed.message })?;
        let crlf = *self.crlf.get_or_insert(head.crlf);
        if head.cr_cr_lf && !self.cr_cr_lf {
            self.cr_cr_lf = true;
            let text = "lines end with CR CR LF (CR LF converted to CR LF a second time); read as line ends".to_owned();
            self.notes.push(Note { line, response: Some(index), text });
        }
        let headers = self.headers(&head, index);
        let content = framing::content(input, &head, &headers, Context { head_request, crlf });
        if let Some((first, count)) = content.rejected {
            let at = self.lines.at(first);
            let more = match count {
                1 => String::new(),
                2 => " (and 1 more)".to_owned(),
                _ => format!(" (and {} more)", count - 1),
            };
            let why =
                if crlf { "no complete header section with CR LF line ends (as curl writes them)" } else { "no complete header section" };
            let text = format!("response {index}: line {at}{more} starts like a status line but is read as content: {why} follows it");
            self.notes.push(Note { line: at, response: Some(index), text });
        }
        if let Some(reason) = &content.unframed {
            let text = if content.guessed {
                let next = self.lines.at(content.end);
                format!(
                    "response {index}: {reason}; response {} is taken to start at line {next}, where a complete header section begins",
                    index + 1
                )
            } else {
                format!("response {index}: {reason}")
            };
            self.notes.push(Note { line, response: Some(index), text });
        }
        let status = StatusCode::from_u16(head.code).map_err(|_| NotHttp { line, message: "not a status code".to_owned() })?;
        let status_line = String::from_utf8_lossy(head.status_line.text(input)).trim_end().to_owned();
        Ok((RawResponse { line, status_line, status, headers, content_length: content.length }, content.end))
    }

    /// The header fields of `head` as a map. `http` holds at most 32,768 distinct names; past
    /// that, the rest are left out with a note.
    fn headers(&mut self, head: &head::Head, index: usize) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for field in &head.fields {
            let name = http::HeaderName::from_bytes(&self.input[field.name.clone()]);
            let value = http::HeaderValue::from_bytes(field.value(self.input));
            let (Ok(name), Ok(value)) = (name, value) else { continue };
            if headers.try_append(name, value).is_err() {
                let line = self.lines.at(field.at);
                let text = format!(
                    "response {index}: more distinct header field names than the checker can hold; the fields from line {line} on \
                     were not checked"
                );
                self.notes.push(Note { line, response: Some(index), text });
                break;
            }
        }
        headers
    }
}
