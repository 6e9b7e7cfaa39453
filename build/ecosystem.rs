//! How each ecosystem spells its names (the rows of [`Ecosystem`]'s table): checks for the data's
//! names, and every spelling that `from_alias` and `lookup` accept.

use super::vocabulary::Ecosystem;
use super::vocabulary::ecosystem::Shape;

/// What the build step asks of an ecosystem.
pub trait Spelling {
    fn check(self, name: &str) -> Result<(), String>;
    fn spellings(self, name: &str) -> Vec<String>;
}

impl Spelling for Ecosystem {
    /// Checks a name as written in the data; on failure says what the name should look like.
    fn check(self, name: &str) -> Result<(), String> {
        let example = example(self);
        let Some(bare) = name.strip_prefix(self.qualifier()) else {
            return Err(format!("{} name `{name}` must start with `{}`, as in `{example}`", self.key(), self.qualifier()));
        };
        if !bare.starts_with(self.bare_prefix()) || bare.len() == self.bare_prefix().len() {
            return Err(format!("{} name `{name}` must continue with `{}...`, as in `{example}`", self.key(), self.bare_prefix()));
        }
        if self.shape().admits(bare) {
            Ok(())
        } else {
            Err(format!("{} name `{name}` is not {}, as in `{example}`", self.key(), self.shape().describe()))
        }
    }

    /// Every spelling of `name` (as written in the data) that users may pass: qualified, with
    /// the other qualifiers, and bare.
    fn spellings(self, name: &str) -> Vec<String> {
        let bare = name.strip_prefix(self.qualifier()).unwrap_or(name);
        let mut all = vec![name.to_owned()];
        for qualifier in self.other_qualifiers() {
            all.push(format!("{qualifier}{bare}"));
        }
        if bare != name {
            all.push(bare.to_owned());
        }
        // A quoted Ruby symbol (`:"i'm_a_teapot"`) is also looked up without its quotes.
        if let Some(unquoted) = bare.strip_prefix('"').and_then(|quoted| quoted.strip_suffix('"')) {
            all.push(format!("{}{unquoted}", self.qualifier()));
            all.push(unquoted.to_owned());
        }
        all
    }
}

/// 204's name, spelled as the ecosystem would, for messages.
fn example(ecosystem: Ecosystem) -> String {
    let prefix = ecosystem.bare_prefix();
    let bare = match ecosystem.shape() {
        Shape::RubySymbol => "no_content".to_owned(),
        Shape::UpperSnake => format!("{prefix}NO_CONTENT"),
        Shape::Pascal => format!("{prefix}NoContent"),
        Shape::Phrase => "No Content".to_owned(),
    };
    format!("{}{bare}", ecosystem.qualifier())
}

impl Shape {
    fn admits(self, bare: &str) -> bool {
        let mut chars = bare.chars();
        let Some(first) = chars.next() else { return false };
        match self {
            Shape::RubySymbol => match bare.strip_prefix('"').and_then(|quoted| quoted.strip_suffix('"')) {
                Some(quoted) => !quoted.is_empty() && quoted.chars().all(|c| c.is_ascii_graphic() && c != '"' && c != '\\'),
                None => first.is_ascii_lowercase() && bare.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
            },
            Shape::UpperSnake => {
                first.is_ascii_uppercase() && bare.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
            }
            Shape::Pascal => first.is_ascii_uppercase() && bare.chars().all(|c| c.is_ascii_alphanumeric()),
            Shape::Phrase => {
                (first.is_ascii_alphanumeric() || first == '(')
                    && !bare.ends_with(' ')
                    && !bare.contains("  ")
                    && bare.chars().all(|c| c.is_ascii_alphanumeric() || " '()-.".contains(c))
            }
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Shape::RubySymbol => "a lower_snake_case or quoted Ruby symbol",
            Shape::UpperSnake => "UPPER_SNAKE_CASE",
            Shape::Pascal => "PascalCase",
            Shape::Phrase => "a phrase of ASCII letters, digits, spaces and ' ( ) - .",
        }
    }
}
