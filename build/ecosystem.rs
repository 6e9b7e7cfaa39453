//! How each ecosystem spells its names: the qualifier a user writes, the other qualifiers that
//! mean the same thing, and the shape of the bare identifier. One table, used to validate the
//! data and to list every spelling that `from_alias` and `lookup` accept.

/// The shape of a name once its qualifier is removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// `no_content`, or a quoted symbol such as `"i'm_a_teapot"`
    RubySymbol,
    /// `NO_CONTENT`
    UpperSnake,
    /// `NoContent`
    Pascal,
    /// `No Content`: a reason phrase.
    Phrase,
}

/// One ecosystem as the build step sees it.
#[derive(Debug)]
pub struct Ecosystem {
    /// The key under `[aliases]` in the data.
    pub key: &'static str,
    /// The variant of `status_atlas::Ecosystem`.
    pub variant: &'static str,
    /// The qualifier written before the bare name in the data, e.g. `http.` for Go.
    pub qualifier: &'static str,
    /// Other qualifiers a user may write for the same name.
    pub other_qualifiers: &'static [&'static str],
    /// A prefix every bare name starts with (`Status` for Go, `HTTP_` for Java and Symfony).
    pub bare_prefix: &'static str,
    pub shape: Shape,
}

/// In the order of the `Ecosystem` enum's variants.
pub const ECOSYSTEMS: [Ecosystem; 10] = [
    Ecosystem { key: "rails", variant: "Rails", qualifier: ":", other_qualifiers: &[], bare_prefix: "", shape: Shape::RubySymbol },
    Ecosystem {
        key: "go",
        variant: "Go",
        qualifier: "http.",
        other_qualifiers: &["net/http."],
        bare_prefix: "Status",
        shape: Shape::Pascal,
    },
    Ecosystem {
        key: "symfony",
        variant: "Symfony",
        qualifier: "Response::",
        other_qualifiers: &["\\Symfony\\Component\\HttpFoundation\\Response::", "Symfony\\Component\\HttpFoundation\\Response::"],
        bare_prefix: "HTTP_",
        shape: Shape::UpperSnake,
    },
    Ecosystem {
        key: "python2",
        variant: "Python2",
        qualifier: "httplib.",
        other_qualifiers: &[],
        bare_prefix: "",
        shape: Shape::UpperSnake,
    },
    Ecosystem {
        key: "python3",
        variant: "Python3",
        qualifier: "http.client.",
        other_qualifiers: &["client."],
        bare_prefix: "",
        shape: Shape::UpperSnake,
    },
    Ecosystem {
        key: "python_httpstatus",
        variant: "PythonHttpStatus",
        qualifier: "http.HTTPStatus.",
        other_qualifiers: &["HTTPStatus."],
        bare_prefix: "",
        shape: Shape::UpperSnake,
    },
    Ecosystem {
        key: "rust_http",
        variant: "RustHttp",
        qualifier: "StatusCode::",
        other_qualifiers: &["http::StatusCode::", "::http::StatusCode::"],
        bare_prefix: "",
        shape: Shape::UpperSnake,
    },
    Ecosystem { key: "node", variant: "Node", qualifier: "", other_qualifiers: &[], bare_prefix: "", shape: Shape::Phrase },
    Ecosystem {
        key: "dotnet",
        variant: "DotNet",
        qualifier: "HttpStatusCode.",
        other_qualifiers: &["System.Net.HttpStatusCode."],
        bare_prefix: "",
        shape: Shape::Pascal,
    },
    Ecosystem {
        key: "java",
        variant: "Java",
        qualifier: "HttpURLConnection.",
        other_qualifiers: &["java.net.HttpURLConnection."],
        bare_prefix: "HTTP_",
        shape: Shape::UpperSnake,
    },
];

impl Ecosystem {
    /// Checks a name as written in the data; on failure says what the name should look like.
    pub fn check(&self, name: &str) -> Result<(), String> {
        let example = self.example();
        let Some(bare) = name.strip_prefix(self.qualifier) else {
            return Err(format!("{} name `{name}` must start with `{}`, as in `{example}`", self.key, self.qualifier));
        };
        if !bare.starts_with(self.bare_prefix) || bare.len() == self.bare_prefix.len() {
            return Err(format!("{} name `{name}` must continue with `{}...`, as in `{example}`", self.key, self.bare_prefix));
        }
        if self.shape.admits(bare) {
            Ok(())
        } else {
            Err(format!("{} name `{name}` is not {}, as in `{example}`", self.key, self.shape.describe()))
        }
    }

    /// Every spelling of `name` (as written in the data) that users may pass: qualified, with
    /// the other qualifiers, and bare.
    pub fn spellings(&self, name: &str) -> Vec<String> {
        let bare = name.strip_prefix(self.qualifier).unwrap_or(name);
        let mut all = vec![name.to_owned()];
        all.extend(self.other_qualifiers.iter().map(|qualifier| format!("{qualifier}{bare}")));
        if bare != name {
            all.push(bare.to_owned());
        }
        // A quoted Ruby symbol (`:"i'm_a_teapot"`) is also looked up without its quotes.
        if let Some(unquoted) = bare.strip_prefix('"').and_then(|quoted| quoted.strip_suffix('"')) {
            all.push(format!("{}{unquoted}", self.qualifier));
            all.push(unquoted.to_owned());
        }
        all
    }

    fn example(&self) -> String {
        let bare = match self.shape {
            Shape::RubySymbol => "no_content".to_owned(),
            Shape::UpperSnake => format!("{}NO_CONTENT", self.bare_prefix),
            Shape::Pascal => format!("{}NoContent", self.bare_prefix),
            Shape::Phrase => "No Content".to_owned(),
        };
        format!("{}{bare}", self.qualifier)
    }
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
