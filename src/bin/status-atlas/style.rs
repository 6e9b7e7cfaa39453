//! Terminal colour: only when standard output is a terminal and `NO_COLOR` is unset.

use status_atlas::Class;

#[derive(Clone, Copy)]
pub(crate) struct Style {
    color: bool,
}

impl Style {
    /// Colour when `is_terminal` and the user has not asked for none (<https://no-color.org>).
    pub(crate) fn detect(is_terminal: bool) -> Style {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty());
        Style { color: is_terminal && !no_color }
    }

    fn paint(self, code: &str, text: &str) -> String {
        if self.color { format!("\x1b[{code}m{text}\x1b[0m") } else { text.to_owned() }
    }

    pub(crate) fn bold(self, text: &str) -> String {
        self.paint("1", text)
    }

    pub(crate) fn dim(self, text: &str) -> String {
        self.paint("2", text)
    }

    /// The class's colour: green for success, cyan for redirects, yellow and red for errors.
    pub(crate) fn class(self, class: Class, text: &str) -> String {
        let code = match class {
            Class::Informational => "1;34",
            Class::Success => "1;32",
            Class::Redirection => "1;36",
            Class::ClientError => "1;33",
            Class::ServerError => "1;31",
        };
        self.paint(code, text)
    }
}
