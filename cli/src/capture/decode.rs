//! The bytes of a capture as text: a UTF-8 byte-order mark is dropped and UTF-16 with a
//! byte-order mark (PowerShell's `>` writes it) is turned into UTF-8, each with a note.

use std::borrow::Cow;

/// The capture's bytes, ready to read, and a note when they had to be changed.
pub(crate) fn decode(input: &[u8]) -> (Cow<'_, [u8]>, Option<String>) {
    if let Some(rest) = input.strip_prefix(b"\xef\xbb\xbf") {
        return (Cow::Borrowed(rest), Some("the input starts with a UTF-8 byte-order mark, which was skipped".to_owned()));
    }
    let (rest, little_endian) = match input {
        [0xff, 0xfe, rest @ ..] => (rest, true),
        [0xfe, 0xff, rest @ ..] => (rest, false),
        _ => return (Cow::Borrowed(input), None),
    };
    let units = rest.chunks_exact(2).map(|pair| {
        let pair = [pair[0], pair[1]];
        if little_endian { u16::from_le_bytes(pair) } else { u16::from_be_bytes(pair) }
    });
    let text: String = char::decode_utf16(units).map(|unit| unit.unwrap_or(char::REPLACEMENT_CHARACTER)).collect();
    let order = if little_endian { "little" } else { "big" };
    let note = format!(
        "the input is UTF-16 ({order}-endian, with a byte-order mark, as PowerShell's `>` writes it) and was read as text; content \
         lengths are those of the text, so they may differ from the bytes the server sent"
    );
    (Cow::Owned(text.into_bytes()), Some(note))
}

/// Whether `line` is one `curl -v` writes: `* ` for its own remarks, `> ` for the request,
/// `< ` for the response.
pub(crate) fn is_verbose_line(line: &[u8]) -> bool {
    line.starts_with(b"* ") || line.starts_with(b"> ") || line.starts_with(b"< ") || line == b"*" || line == b">" || line == b"<"
}
