//! Errors: one line on standard error, or a JSON object there under `--json`; exit status 1 (2
//! for usage errors, as clap uses, and for `check` input that is not HTTP).

use std::fmt::Write as _;
use std::process::ExitCode;

use serde_json::json;
use status_atlas::{ParseStatusError, Status};

/// How much of the user's text an error message repeats.
const SHOWN_MAX: usize = 40;

/// A failed command: what went wrong, and the statuses the user may have meant.
pub(crate) struct Failure {
    message: String,
    suggestions: Vec<Status>,
    exit: u8,
}

impl Failure {
    pub(crate) fn new(message: impl Into<String>) -> Failure {
        Failure { message: message.into(), suggestions: Vec::new(), exit: 1 }
    }

    /// The same failure ending with another exit status (`check` uses 2 for input that is not
    /// HTTP).
    pub(crate) fn with_exit(self, exit: u8) -> Failure {
        Failure { exit, ..self }
    }

    /// Text that names no status, with the closest matches.
    pub(crate) fn not_found(query: &str, error: ParseStatusError) -> Failure {
        Failure { message: format!("{}: {error}", shown(query)), suggestions: Status::suggestions(query).collect(), exit: 1 }
    }

    /// Prints the failure on standard error.
    pub(crate) fn report(&self, as_json: bool) -> ExitCode {
        if as_json {
            let suggestions: Vec<_> =
                self.suggestions.iter().map(|status| json!({ "code": status.code(), "reason": status.reason() })).collect();
            eprintln!("{}", json!({ "error": self.message, "suggestions": suggestions }));
        } else {
            let mut line = format!("status-atlas: {}", self.message);
            if !self.suggestions.is_empty() {
                let names: Vec<String> = self.suggestions.iter().map(Status::to_string).collect();
                let _ = write!(line, "; did you mean {}?", names.join(", or "));
            }
            eprintln!("{line}");
        }
        ExitCode::from(self.exit)
    }
}

/// A clap error: help and version go to standard output as usual; under `--json` (wherever it
/// stands) a usage error is a JSON object too.
pub(crate) fn usage(error: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    let wants_json = std::env::args_os().skip(1).take_while(|arg| arg != "--").any(|arg| arg == "--json");
    if !wants_json || matches!(error.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) {
        error.exit();
    }
    let rendered = error.render().to_string();
    let message = rendered.lines().next().unwrap_or_default().trim_start_matches("error: ").to_owned();
    eprintln!("{}", json!({ "error": message, "suggestions": [] }));
    ExitCode::from(2)
}

/// The user's text as an error repeats it: in backquotes, control characters escaped (so input
/// cannot colour or move the terminal), and cut after `SHOWN_MAX` characters.
pub(crate) fn shown(text: &str) -> String {
    let mut out = String::from("`");
    let count = text.chars().count();
    for c in text.chars().take(SHOWN_MAX) {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    if count > SHOWN_MAX {
        let _ = write!(out, "…` ({count} characters)");
    } else {
        out.push('`');
    }
    out
}
