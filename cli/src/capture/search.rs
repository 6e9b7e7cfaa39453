//! Where a response can start inside content whose length the capture does not keep (decoded
//! chunks, content curl decompressed, content delimited by the connection's close).
//!
//! curl writes a response's content and then, for the next URL, the next response's head with
//! nothing between, so the next response can start anywhere, even in the middle of a line
//! (`{"a":1}HTTP/1.1 405 Method Not Allowed`). Content is anything else, including text that
//! quotes status lines. A place counts as a response's start only where a status line is
//! followed by a complete header section, ended by an empty line and written with the line ends
//! of the capture's first head (curl writes CR LF; a text file quoting a response seldom does).
//!
//! The scan is linear: each line is looked at once for the last place on it that can start a
//! response (a reason phrase never holds `HTTP/`), and every rejected place is passed with the
//! lines its head took.

use memchr::memmem;

use super::head;

/// The outcome of a scan.
pub(crate) struct Found {
    /// Where the next response starts; `None` when the content runs to the end of the input.
    pub(crate) start: Option<usize>,
    /// Lines that start with a status line but were read as content: the first and how many.
    pub(crate) rejected: Option<(usize, usize)>,
}

/// The next response's start at or after `from`. `crlf` says the capture's heads end their
/// lines with CR LF, so a head written with LF alone is content.
pub(crate) fn next_response(input: &[u8], from: usize, crlf: bool) -> Found {
    let finder = memmem::Finder::new(b"HTTP/");
    let mut found = Found { start: None, rejected: None };
    let mut scan = from;
    while let Some(offset) = finder.find(&input[scan..]) {
        let first = scan + offset;
        let line_end = memchr::memchr(b'\n', &input[first..]).map_or(input.len(), |end| first + end);
        // A reason phrase never holds `HTTP/`, so of the places on one line only the last can
        // start a response; the others are passed at once.
        let start = first + memmem::rfind(&input[first..line_end], b"HTTP/").unwrap_or(0);
        scan = line_end.max(start + 1);
        if !matches!(head::status_code(window(input, start)), Some(head::Code::Valid(_))) {
            continue;
        }
        let at_line_start = start == 0 || input[start - 1] == b'\n';
        match head::read(input, start) {
            Ok(head) if head.terminated && (head.crlf || !crlf) => {
                found.start = Some(start);
                return found;
            }
            Ok(head) => scan = head.end.max(scan),
            Err(malformed) => scan = malformed.at.max(scan),
        }
        if at_line_start {
            let (first, count) = found.rejected.unwrap_or((start, 0));
            found.rejected = Some((first, count + 1));
        }
    }
    found
}

/// Whether a response can start at `pos`: the line there starts like a status line.
pub(crate) fn status_like(input: &[u8], pos: usize) -> bool {
    pos < input.len() && head::status_code(window(input, pos)).is_some()
}

/// The start of the line at `pos`, long enough to hold a status line's version and code. A
/// window rather than the whole line, so that many places in one long line (minified JSON that
/// quotes `HTTP/1.1 200`) are each looked at in constant time.
fn window(input: &[u8], pos: usize) -> &[u8] {
    let window = &input[pos..input.len().min(pos + 32)];
    let line = memchr::memchr(b'\n', window).map_or(window, |end| &window[..end]);
    let crs = line.iter().rev().take_while(|byte| **byte == b'\r').count();
    &line[..line.len() - crs]
}
