//! Word wrapping for an 80-column terminal.

/// `text` wrapped to `width` columns, every line after the first starting with `indent` spaces
/// and the first one assumed to start at column `indent` too. A word too long for the indented
/// column (a long constant name or URL) gets a line of its own, moved left just enough to end
/// by `width`.
pub(crate) fn wrap(text: &str, width: usize, indent: usize) -> String {
    let mut out = String::new();
    let mut column = indent;
    for word in text.split_whitespace() {
        let length = word.chars().count();
        if length > width.saturating_sub(indent) {
            out.push('\n');
            out.extend(std::iter::repeat_n(' ', width.saturating_sub(length)));
            out.push_str(word);
            // Nothing else goes on this line.
            column = width;
            continue;
        }
        if column > indent && column + 1 + length > width {
            out.push('\n');
            out.extend(std::iter::repeat_n(' ', indent));
            column = indent;
        }
        if column > indent {
            out.push(' ');
            column += 1;
        }
        out.push_str(word);
        column += length;
    }
    out
}

/// `text` cut to `width` characters, with an ellipsis when cut.
pub(crate) fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::{truncate, wrap};

    #[test]
    fn long_words_move_left_to_fit() {
        let name = "Response::HTTP_RESERVED_FOR_WEBDAV_ADVANCED_COLLECTIONS_EXPIRED_PROPOSAL";
        let wrapped = wrap(&format!("Response::HTTP_TOO_EARLY, {name} (legacy)"), 80, 21);
        let lines: Vec<&str> = wrapped.lines().collect();
        assert_eq!(lines, ["Response::HTTP_TOO_EARLY,", &format!("{name:>80}"), &format!("{:21}(legacy)", "")]);
    }

    #[test]
    fn text_wraps_at_the_width_with_the_indent() {
        assert_eq!(wrap("aaa bbb ccc", 9, 2), "aaa bbb\n  ccc");
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
    }
}
