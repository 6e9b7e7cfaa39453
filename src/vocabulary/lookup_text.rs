//! How [`Status::lookup`](crate::Status::lookup) compares text. The build step folds every key
//! with the same function, so a key and the text that should find it always fold alike.

/// Folds `text` for comparison and feeds the bytes to `push`, stopping as soon as `push` returns
/// `false` (the text is then longer than any key). Returns whether every byte was taken.
///
/// ASCII letters are lower-cased; `-`, `_` and white space of any kind (a no-break space
/// included) read as one space, however many there are in a row; typographic apostrophes
/// (`’`, `‘`, `ʼ`) read as `'`. Any other character is kept as it is.
pub(crate) fn fold(text: &str, mut push: impl FnMut(u8) -> bool) -> bool {
    let mut after_space = false;
    let mut rest = text;
    while let Some(&byte) = rest.as_bytes().first() {
        // ASCII, nearly all input, is folded byte by byte without decoding.
        let folded = if byte.is_ascii() {
            rest = &rest[1..];
            match byte {
                b'-' | b'_' | b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' => b' ',
                _ => byte.to_ascii_lowercase(),
            }
        } else {
            let c = rest.chars().next().unwrap_or_default();
            rest = &rest[c.len_utf8()..];
            match c {
                '\u{2018}' | '\u{2019}' | '\u{02BC}' => b'\'',
                c if c.is_whitespace() => b' ',
                other => {
                    after_space = false;
                    let mut utf8 = [0; 4];
                    if !other.encode_utf8(&mut utf8).bytes().all(&mut push) {
                        return false;
                    }
                    continue;
                }
            }
        };
        if folded == b' ' && after_space {
            continue;
        }
        after_space = folded == b' ';
        if !push(folded) {
            return false;
        }
    }
    true
}
