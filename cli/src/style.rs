//! Terminal colour: only when standard output is a terminal that can show it and `NO_COLOR` is
//! unset.

use std::ffi::OsStr;

use status_atlas::Class;

#[derive(Clone, Copy)]
pub(crate) struct Style {
    color: bool,
}

impl Style {
    /// Colour when `is_terminal`, the user has not asked for none (<https://no-color.org>) and
    /// the terminal is not `TERM=dumb`.
    pub(crate) fn detect(is_terminal: bool) -> Style {
        Style::choose(is_terminal, std::env::var_os("NO_COLOR").as_deref(), std::env::var_os("TERM").as_deref())
    }

    fn choose(is_terminal: bool, no_color: Option<&OsStr>, term: Option<&OsStr>) -> Style {
        let no_color = no_color.is_some_and(|value| !value.is_empty());
        let dumb = term.is_some_and(|term| term == "dumb");
        Style { color: is_terminal && !no_color && !dumb }
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

#[cfg(test)]
mod tests {
    use std::ffi::OsStr;

    use super::Style;

    #[test]
    fn colour_needs_a_capable_terminal_and_no_opt_out() {
        let xterm = Some(OsStr::new("xterm-256color"));
        assert!(Style::choose(true, None, xterm).color);
        assert!(Style::choose(true, None, None).color);
        assert!(Style::choose(true, Some(OsStr::new("")), xterm).color, "an empty NO_COLOR does not count");
        assert!(!Style::choose(false, None, xterm).color);
        assert!(!Style::choose(true, Some(OsStr::new("1")), xterm).color);
        assert!(!Style::choose(true, None, Some(OsStr::new("dumb"))).color);
    }
}
