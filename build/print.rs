//! Prints generated tokens as a person would write them (`Status::known(204)`, `&'static str`,
//! `#[doc = ".."]`), where `TokenStream::to_string` spaces every token (`Status :: known (204)`).
//! Each item's attributes go on lines of their own, so a reviewer scanning the generated file sees
//! the items. Spacing only: the tokens, and so the meaning, are unchanged; literals are printed
//! exactly as `quote` made them.

use proc_macro2::{Delimiter, Spacing, TokenStream, TokenTree};

/// An item: each outer attribute on its own line, then the item on one line.
pub fn item(tokens: &TokenStream) -> String {
    let mut lines = Vec::new();
    let mut rest = Vec::new();
    let mut tokens = tokens.clone().into_iter().peekable();
    while let Some(token) = tokens.next() {
        let is_attribute = matches!(&token, TokenTree::Punct(punct) if punct.as_char() == '#')
            && matches!(tokens.peek(), Some(TokenTree::Group(group)) if group.delimiter() == Delimiter::Bracket);
        if is_attribute && rest.is_empty() {
            let group = tokens.next().expect("peeked");
            lines.push(tokens_to_string([token, group].into_iter().collect()));
        } else {
            rest.push(token);
        }
    }
    if !rest.is_empty() {
        lines.push(tokens_to_string(rest.into_iter().collect()));
    }
    lines.join("\n")
}

/// Tokens on one line.
pub fn tokens_to_string(tokens: TokenStream) -> String {
    let mut out = String::new();
    write(&mut out, tokens);
    out
}

/// What the previous token was, which decides the space before the next one.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Last {
    /// Start of a group or of the output: no space.
    Start,
    /// An identifier, literal or closed group.
    Word,
    /// Punctuation that binds to what follows (`#`, `&`, `'`, `::`, `<`, `!`).
    Prefix,
    /// Punctuation followed by a space (`,`, `;`, `:`, `=`, `=>`).
    Separator,
}

fn write(out: &mut String, tokens: TokenStream) {
    let mut last = Last::Start;
    let mut tokens = tokens.into_iter().peekable();
    while let Some(token) = tokens.next() {
        match token {
            TokenTree::Ident(ident) => {
                space_unless(out, last, &[Last::Start, Last::Prefix]);
                out.push_str(&ident.to_string());
                last = Last::Word;
            }
            TokenTree::Literal(literal) => {
                space_unless(out, last, &[Last::Start, Last::Prefix]);
                out.push_str(&literal.to_string());
                last = Last::Word;
            }
            TokenTree::Group(group) => {
                let (open, close) = match group.delimiter() {
                    Delimiter::Parenthesis => ("(", ")"),
                    Delimiter::Bracket => ("[", "]"),
                    Delimiter::Brace => ("{ ", " }"),
                    Delimiter::None => ("", ""),
                };
                // A call (`known(204)`) binds to its word; a slice type or block does not.
                let tight = group.delimiter() == Delimiter::Parenthesis && last == Last::Word;
                if !tight {
                    space_unless(out, last, &[Last::Start, Last::Prefix]);
                }
                if group.stream().is_empty() {
                    out.push_str(open.trim_end());
                    out.push_str(close.trim_start());
                } else {
                    out.push_str(open);
                    write(out, group.stream());
                    out.push_str(close);
                }
                last = Last::Word;
            }
            TokenTree::Punct(punct) => {
                let c = punct.as_char();
                let joint = punct.spacing() == Spacing::Joint;
                let next = match tokens.peek() {
                    Some(TokenTree::Punct(next)) => Some(next.as_char()),
                    _ => None,
                };
                let next_is = |wanted: char| next == Some(wanted);
                match c {
                    ',' | ';' => {
                        out.push(c);
                        last = Last::Separator;
                    }
                    ':' if joint && next_is(':') => {
                        tokens.next();
                        out.push_str("::");
                        last = Last::Prefix;
                    }
                    ':' => {
                        out.push(':');
                        last = Last::Separator;
                    }
                    '=' if joint && next_is('>') => {
                        tokens.next();
                        space_unless(out, last, &[Last::Start]);
                        out.push_str("=>");
                        last = Last::Separator;
                    }
                    '=' => {
                        space_unless(out, last, &[Last::Start]);
                        out.push('=');
                        last = Last::Separator;
                    }
                    '<' => {
                        out.push('<');
                        last = Last::Prefix;
                    }
                    '>' | '.' | '?' => {
                        out.push(c);
                        last = if c == '>' { Last::Word } else { Last::Prefix };
                    }
                    _ => {
                        // `#`, `&`, `'`, `!`, `-` (of a negative number): prefixes.
                        space_unless(out, last, &[Last::Start, Last::Prefix]);
                        out.push(c);
                        last = Last::Prefix;
                    }
                }
            }
        }
    }
}

fn space_unless(out: &mut String, last: Last, no_space_after: &[Last]) {
    if !no_space_after.contains(&last) {
        out.push(' ');
    }
}
