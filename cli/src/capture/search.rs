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
//! The scan is linear: every rejected place is passed with the lines its head took.

use memchr::memmem;

use super::head;
use super::lines::line_at;

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
        let start = scan + offset;
        scan = start + 1;
        let line = line_at(input, start);
        if !matches!(head::status_code(line.text(input)), Some(head::Code::Valid(_))) {
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
    pos < input.len() && head::status_code(line_at(input, pos).text(input)).is_some()
}
