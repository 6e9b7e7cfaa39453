//! Lines of a capture. A line ends at LF; any carriage returns before it belong to the line end,
//! so CR LF, LF alone and the CR CR LF of a capture converted to CR LF twice all end a line.

/// How a line ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ending {
    /// LF alone, as a Unix text file.
    Lf,
    /// CR LF, as HTTP/1.1 and curl write header sections.
    CrLf,
    /// Two or more CRs before the LF: CR LF converted to CR LF again.
    CrCrLf,
    /// The input ends without a line end.
    Eof,
}

impl Ending {
    /// Whether a carriage return comes before the line feed, as in curl's header sections.
    pub(crate) fn has_cr(self) -> bool {
        matches!(self, Ending::CrLf | Ending::CrCrLf)
    }
}

/// One line: its text is `start..end`; the next line starts at `next`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Line {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) next: usize,
    pub(crate) ending: Ending,
}

impl Line {
    pub(crate) fn text(self, input: &[u8]) -> &[u8] {
        &input[self.start..self.end]
    }

    pub(crate) fn is_empty(self) -> bool {
        self.start == self.end
    }
}

/// The line that starts at `start` (which need not be the start of a line in the input).
pub(crate) fn line_at(input: &[u8], start: usize) -> Line {
    let rest = &input[start..];
    let Some(feed) = memchr::memchr(b'\n', rest) else {
        return Line { start, end: input.len(), next: input.len(), ending: Ending::Eof };
    };
    let text = &rest[..feed];
    let crs = text.iter().rev().take_while(|byte| **byte == b'\r').count();
    let ending = match crs {
        0 => Ending::Lf,
        1 => Ending::CrLf,
        _ => Ending::CrCrLf,
    };
    Line { start, end: start + feed - crs, next: start + feed + 1, ending }
}

/// The first byte at or after `pos` that is not part of an empty line.
pub(crate) fn skip_empty_lines(input: &[u8], mut pos: usize) -> usize {
    while pos < input.len() {
        let line = line_at(input, pos);
        if !line.is_empty() {
            break;
        }
        pos = line.next;
    }
    pos
}

/// Line numbers of positions, counted incrementally: asking for positions in increasing order,
/// as the reader does, reads each byte once.
pub(crate) struct LineNumbers<'a> {
    input: &'a [u8],
    pos: usize,
    line: usize,
}

impl<'a> LineNumbers<'a> {
    pub(crate) fn new(input: &'a [u8]) -> LineNumbers<'a> {
        LineNumbers { input, pos: 0, line: 1 }
    }

    /// The line of byte `pos`, counting from 1.
    pub(crate) fn at(&mut self, pos: usize) -> usize {
        let pos = pos.min(self.input.len());
        if pos >= self.pos {
            self.line += memchr::memchr_iter(b'\n', &self.input[self.pos..pos]).count();
        } else {
            self.line -= memchr::memchr_iter(b'\n', &self.input[pos..self.pos]).count();
        }
        self.pos = pos;
        self.line
    }
}
