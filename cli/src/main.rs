//! `status-atlas`: HTTP status codes from the terminal. Prints a code's reference card, lists and
//! searches the dataset, and exports it.

mod capture;
mod check;
mod clients;
mod export;
mod failure;
mod fetch;
mod json;
mod list;
mod output;
mod render;
mod search;
mod style;
mod wrap;

use std::io::{self, IsTerminal};
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use clap_complete::Shell;
use status_atlas::Status;

use crate::failure::Failure;
use crate::style::Style;

/// Width the output is laid out for.
const WIDTH: usize = 80;

#[derive(Parser)]
#[command(
    name = "status-atlas",
    version,
    about = "The reference for HTTP status codes: cards, lookups from any ecosystem, search and export.",
    after_help = "\
Examples:
  status-atlas 204                         the card for 204 No Content
  status-atlas :unprocessable_entity       a Rails symbol
  status-atlas StatusTeapot                a Go constant, bare or as http.StatusTeapot
  status-atlas \"not found\"                 a reason phrase, in any letter case
  status-atlas list 4xx                    every client error
  status-atlas --json list cacheable       the heuristically cacheable codes, as JSON
  status-atlas list retried-by-curl        the codes curl --retry retries
  status-atlas search rate limit           codes about rate limiting, best first
  status-atlas export --format csv         the whole dataset as CSV
  curl -si URL | status-atlas check        check a response against the rules
  status-atlas completions bash            shell completions (also zsh, fish, elvish, powershell)"
)]
pub(crate) struct Cli {
    /// A code (204), a reason phrase, or a name from any ecosystem (`:no_content`,
    /// `http.StatusNoContent`, `HttpStatusCode.NoContent`...).
    query: Vec<String>,

    /// Print JSON instead of text, errors included (as `{"error": .., "suggestions": [..]}`).
    #[arg(long, global = true)]
    json: bool,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// List the codes, optionally only those matching a filter.
    List {
        /// `1xx`..`5xx`, a class (`informational`, `success`, `redirection`, `client-error`,
        /// `server-error`), `registered`, `unofficial`, `cacheable`, `redirect` (the statuses
        /// browsers follow), `null-body`, `followed-by-CLIENT` or `retried-by-CLIENT` (`curl`,
        /// `urllib3`, `requests`, `jshttp-statuses`, `go-http`, `reqwest`, `fetch`).
        filter: Option<String>,
    },
    /// Find codes by words in their phrase, names and descriptions, best match first.
    Search {
        /// The words to look for.
        #[arg(required = true)]
        words: Vec<String>,
    },
    /// Write the whole dataset to standard output.
    Export {
        /// The format.
        #[arg(long, value_enum, default_value_t = Format::Json)]
        format: Format,
    },
    /// Check responses against the dataset's rules: captures as curl prints them (`curl -si`,
    /// also -I, -L, -D -, --raw, --compressed, several URLs, HTTP/2), or URLs requested here.
    /// Exit status: 0 when no MUST or MUST NOT is broken, 1 when one is, 2 when the input is
    /// not an HTTP response or a request fails.
    #[command(after_help = "\
Examples:
  curl -si URL | status-atlas check               a capture on standard input
  status-atlas check -I capture.txt               a capture of HEAD responses
  status-atlas check -H 'Range: bytes=0-9' f.txt  a capture of a range request
  status-atlas check https://example.org/         request it; a 200 with validators is also
                                                  asked conditionally and its 304 checked
  status-atlas check -L -X POST -d a=1 URL        follow redirects, checking every hop")]
    Check {
        /// Files holding responses as curl prints them (`-` or none: standard input), or http and
        /// https URLs to request.
        targets: Vec<String>,
        #[command(flatten)]
        request: check::request::RequestFlags,
    },
    /// Print a completion script for a shell, to be saved where the shell loads completions.
    Completions {
        /// The shell.
        shell: Shell,
    },
    /// Print the manual page, in roff (`status-atlas man | man -l -`).
    Man,
}

/// Exit status of `check` for input that is not an HTTP response.
const NOT_HTTP: u8 = 2;

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Csv,
    Markdown,
}

/// What a command produced: text for standard output, or an error.
type Outcome = Result<String, Failure>;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => return failure::usage(&error),
    };
    let style = Style::detect(io::stdout().is_terminal());
    let outcome = match cli.command {
        Some(Command::List { filter }) => list::run(filter.as_deref(), cli.json, style),
        Some(Command::Search { words }) => search::run(&words.join(" "), cli.json, style),
        Some(Command::Export { format }) => Ok(export::run(format)),
        Some(Command::Check { targets, request }) => {
            return match check::run(&targets, &request, cli.json, style) {
                Ok(checked) => match output::print(&checked.output) {
                    ExitCode::SUCCESS => checked.code,
                    failure => failure,
                },
                Err(message) => Failure::new(message).with_exit(NOT_HTTP).report(cli.json),
            };
        }
        Some(Command::Completions { shell }) => Ok(completions(shell)),
        Some(Command::Man) => man(),
        None if cli.query.is_empty() => Err(Failure::new("give a code, phrase or name to look up, or a command; see --help")),
        None => card(&cli.query, cli.json, style),
    };
    match outcome {
        Ok(text) => output::print(&text),
        Err(failure) => failure.report(cli.json),
    }
}

fn card(words: &[String], as_json: bool, style: Style) -> Outcome {
    let query = &words.join(" ");
    match query.parse::<Status>() {
        Ok(status) if as_json => Ok(json::status(status)),
        Ok(status) => Ok(render::card(status, style)),
        Err(error) if list::select(Some(query)).is_some() => Err(Failure::new(format!(
            "{}: {error}; it is a group of codes: try `status-atlas list {}`",
            failure::shown(query),
            query.trim()
        ))),
        Err(_) if words.len() > 1 && words.iter().all(|word| word.parse::<Status>().is_ok()) => Err(Failure::new(format!(
            "{}: one code, phrase or name at a time; try {}",
            failure::shown(query),
            words.iter().map(|word| format!("`status-atlas {word}`")).collect::<Vec<_>>().join(", ")
        ))),
        Err(error) => Err(Failure::not_found(query, error)),
    }
}

fn completions(shell: Shell) -> String {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "status-atlas", &mut script);
    String::from_utf8_lossy(&script).into_owned()
}

fn man() -> Outcome {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut page)
        .map_err(|error| Failure::new(format!("cannot write the manual page: {error}")))?;
    Ok(String::from_utf8_lossy(&page).into_owned())
}
