//! End-to-end tests of the `status-atlas` binary.

use std::process::{Command, Output};

use status_atlas::{Client, Ecosystem, Registration, Status};

/// The README, whose export schema is the JSON's contract.
const README: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md");

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_status-atlas")).args(args).env_remove("NO_COLOR").output().expect("the binary runs")
}

fn stdout(args: &[&str]) -> String {
    let output = run(args);
    assert!(output.status.success(), "{args:?} failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

#[test]
fn card_shows_the_record() {
    let card = stdout(&["204"]);
    assert!(card.starts_with("204 No Content"), "{card}");
    for expected in [
        Status::NO_CONTENT.summary(),
        "RFC 9110 §15.3.5",
        "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5",
        "RFC 7231 §6.3.5",
        "yes, by default",
        "never",
        "Content-Length (MUST NOT",
        ":no_content",
        "http.StatusNoContent",
        "Response::HTTP_NO_CONTENT",
        "httplib.NO_CONTENT",
        "http.client.NO_CONTENT",
        "http.HTTPStatus.NO_CONTENT",
        "StatusCode::NO_CONTENT",
        "HttpStatusCode.NoContent",
        "HttpURLConnection.HTTP_NO_CONTENT",
    ] {
        assert!(card.contains(expected), "card lacks `{expected}`:\n{card}");
    }
    let first_words: String = Status::NO_CONTENT.description().split_whitespace().take(6).collect::<Vec<_>>().join(" ");
    assert!(card.contains(&first_words), "card lacks the description");
}

#[test]
fn every_card_fits_80_columns_without_colour() {
    for status in Status::ALL {
        let card = stdout(&[&status.code().to_string()]);
        assert!(!card.contains('\x1b'), "colour in a pipe for {status}");
        for line in card.lines() {
            assert!(line.chars().count() <= 80, "{status}: line over 80 columns: `{line}`");
        }
    }
}

#[test]
fn related_codes_are_named_once() {
    for status in Status::ALL {
        let card = stdout(&[&status.code().to_string()]);
        let Some((_, related)) = card.split_once("\nRelated\n") else { continue };
        for line in related.lines().take_while(|line| !line.is_empty()) {
            let words: Vec<&str> = line.split_whitespace().collect();
            assert!(!words.windows(2).any(|pair| pair[0] == pair[1]), "{status}: `{line}` repeats a word");
        }
        for item in status.related() {
            assert!(squeeze(related).contains(&squeeze(item.why)), "{status}: related {} missing", item.status);
        }
    }
}

#[test]
fn lookups_from_each_ecosystem() {
    let cases = [
        (":unprocessable_entity", 422),
        ("StatusTeapot", 418),
        ("http.StatusTeapot", 418),
        ("not found", 404),
        ("Response::HTTP_REQUEST_ENTITY_TOO_LARGE", 413),
        ("httplib.NOT_FOUND", 404),
        ("http.client.CONTENT_TOO_LARGE", 413),
        ("HTTPStatus.IM_A_TEAPOT", 418),
        ("StatusCode::PAYLOAD_TOO_LARGE", 413),
        ("Request Time-out", 408),
        ("HttpStatusCode.Redirect", 302),
        ("HttpURLConnection.HTTP_MOVED_TEMP", 302),
        ("HTTP/1.1 503 Service Unavailable", 503),
    ];
    for (query, code) in cases {
        let card = stdout(&[query]);
        assert!(card.starts_with(&code.to_string()), "`{query}` gave:\n{card}");
    }
    // Words may also come as separate arguments.
    assert!(stdout(&["not", "found"]).starts_with("404"));
}

#[test]
fn unknown_input_fails_with_a_suggestion() {
    let output = run(&["nto foudn"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("did you mean 404 Not Found"), "{stderr}");
    assert!(!stderr.contains("panicked"));

    let stderr = String::from_utf8(run(&["299"]).stderr).unwrap();
    assert!(stderr.contains("299 is not a status code") && stderr.contains("did you mean"), "{stderr}");
    let stderr = String::from_utf8(run(&["StatusTeapto"]).stderr).unwrap();
    assert!(stderr.contains("418 I'm a teapot"), "{stderr}");
    // Two codes at once: one at a time, each named.
    let output = run(&["204", "404"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("`204 404`: one code, phrase or name at a time; try `status-atlas 204`, `status-atlas 404`"), "{stderr}");
    // A phrase of several words is still one query.
    assert!(run(&["no", "content"]).status.success());
}

#[test]
fn usage_errors_exit_non_zero() {
    assert_eq!(run(&[]).status.code(), Some(1));
    assert_eq!(run(&["list", "6xx"]).status.code(), Some(1));
    assert_eq!(run(&["export", "--format", "yaml"]).status.code(), Some(2));
    assert_eq!(run(&["search"]).status.code(), Some(2));
}

#[test]
fn list_filters() {
    let all = stdout(&["list"]);
    assert_eq!(all.lines().filter(|line| line.starts_with(char::is_numeric)).count(), Status::ALL.len());
    let client = stdout(&["list", "4xx"]);
    assert!(client.lines().filter(|line| line.starts_with(char::is_numeric)).all(|line| line.starts_with('4')));
    assert_eq!(stdout(&["list", "client-error"]), client);
    let cacheable: Vec<u16> = stdout(&["list", "cacheable"]).lines().filter_map(|line| line.get(..3)?.parse().ok()).collect();
    assert_eq!(cacheable, [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501]);
    let unofficial = stdout(&["list", "unofficial"]);
    assert!(unofficial.contains("444*") && !unofficial.contains("404"));
}

#[test]
fn list_is_one_line_per_code_with_whole_phrases() {
    let client = stdout(&["list", "4xx"]);
    let codes: Vec<Status> = Status::ALL.iter().copied().filter(|status| status.is_client_error()).collect();
    let rows: Vec<&str> = client.lines().filter(|line| line.starts_with(char::is_numeric)).collect();
    assert_eq!(rows.len(), codes.len());
    // The rows and one footnote for the unofficial codes.
    assert_eq!(client.lines().count(), codes.len() + 1, "{client}");
    for (row, status) in rows.iter().zip(&codes) {
        assert!(row.starts_with(&status.code().to_string()), "{row}");
        assert!(row.contains(&format!(" {}  ", status.reason())), "the phrase is cut: {row}");
        assert!(row.chars().count() <= 80, "{row}");
    }
}

#[test]
fn search_ranks_the_best_match_first() {
    let codes = |args: &[&str]| -> Vec<u16> { stdout(args).lines().filter_map(|line| line.get(..3)?.parse().ok()).collect() };
    let found = codes(&["search", "rate", "limit"]);
    assert_eq!(found.first(), Some(&429), "{found:?}");
    assert!(!found.contains(&502), "a passing mention in 502's prose is not a match: {found:?}");
    assert_eq!(codes(&["search", "teapot"]).first(), Some(&418));
    // Equal matches in the phrase: registered codes first.
    let found = codes(&["search", "too", "large"]);
    let position = |code| found.iter().position(|found| *found == code).unwrap_or(usize::MAX);
    assert!(position(413) < position(494) && position(431) < position(494), "{found:?}");
    assert_eq!(run(&["search", "zzzzqqq"]).status.code(), Some(1));
}

#[test]
fn search_without_words_is_an_error() {
    for words in ["", "   ", "_ :"] {
        let output = run(&["search", words]);
        assert_eq!(output.status.code(), Some(1), "`{words}`");
        assert!(output.stdout.is_empty());
        assert!(String::from_utf8_lossy(&output.stderr).contains("give at least one word"), "`{words}`");
    }
}

#[test]
fn json_output() {
    let card: serde_json::Value = serde_json::from_str(&stdout(&["--json", "204"])).unwrap();
    assert_eq!(card["code"], 204);
    assert_eq!(card["aliases"]["go"][0], "http.StatusNoContent");
    let list: serde_json::Value = serde_json::from_str(&stdout(&["list", "5xx", "--json"])).unwrap();
    assert!(list.as_array().unwrap().iter().all(|status| status["class"] == "server_error"));
    let search: serde_json::Value = serde_json::from_str(&stdout(&["search", "teapot", "--json"])).unwrap();
    assert_eq!(search[0]["code"], 418);
}

#[test]
fn json_flag_works_before_and_after_a_command() {
    for args in [&["--json", "list", "4xx"][..], &["list", "--json", "4xx"], &["list", "4xx", "--json"]] {
        let list: serde_json::Value = serde_json::from_str(&stdout(args)).unwrap();
        let list = list.as_array().unwrap();
        assert_eq!(list.len(), Status::ALL.iter().filter(|status| status.is_client_error()).count(), "{args:?}");
    }
    let search: serde_json::Value = serde_json::from_str(&stdout(&["--json", "search", "rate", "limit"])).unwrap();
    assert_eq!(search[0]["code"], 429);
    assert!(stdout(&["--json", "export", "--format", "csv"]).starts_with("code,reason,class,"));
    let card: serde_json::Value = serde_json::from_str(&stdout(&["--json", "not", "found"])).unwrap();
    assert_eq!(card["code"], 404);
}

/// Standard error of a failed run, as JSON.
fn json_error(args: &[&str], exit: i32) -> serde_json::Value {
    let output = run(args);
    assert_eq!(output.status.code(), Some(exit), "{args:?}");
    assert!(output.stdout.is_empty(), "{args:?}");
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    serde_json::from_str(&stderr).unwrap_or_else(|error| panic!("{args:?}: not JSON ({error}): {stderr}"))
}

#[test]
fn errors_under_json_are_json() {
    let error = json_error(&["--json", "nto", "foudn"], 1);
    assert!(error["error"].as_str().unwrap().contains("nto foudn"), "{error}");
    assert_eq!(error["suggestions"], serde_json::json!([{ "code": 404, "reason": "Not Found" }]));
    let error = json_error(&["list", "6xx", "--json"], 1);
    assert!(error["error"].as_str().unwrap().contains("6xx"), "{error}");
    assert_eq!(error["suggestions"], serde_json::json!([]));
    let error = json_error(&["--json", "search", "zzzzqqq"], 1);
    assert!(error["error"].is_string());
    // Usage errors too, with clap's exit status.
    let error = json_error(&["--json", "export", "--format", "yaml"], 2);
    assert!(error["error"].as_str().unwrap().contains("yaml"), "{error}");
}

#[test]
fn json_fields_follow_the_documented_order() {
    let readme = std::fs::read_to_string(README).expect("the README");
    let schema = readme.split("### Export schema").nth(1).expect("the schema section");
    let documented: Vec<String> = schema
        .lines()
        .skip_while(|line| !line.starts_with("| `"))
        .take_while(|line| line.starts_with('|'))
        .flat_map(|line| {
            let names = line.split('|').nth(1).unwrap_or_default();
            names.split(',').map(|name| name.trim().trim_matches('`').to_owned()).collect::<Vec<_>>()
        })
        .collect();
    let card: serde_json::Value = serde_json::from_str(&stdout(&["--json", "204"])).unwrap();
    let keys: Vec<&String> = card.as_object().unwrap().keys().collect();
    assert_eq!(keys, documented.iter().collect::<Vec<_>>());
    assert_eq!(keys[..3], ["code", "reason", "class"]);
}

#[test]
fn csv_and_json_write_the_class_alike() {
    let csv = stdout(&["export", "--format", "csv"]);
    let json: serde_json::Value = serde_json::from_str(&stdout(&["export", "--format", "json"])).unwrap();
    for (row, entry) in csv.lines().skip(1).zip(json.as_array().unwrap()) {
        assert_eq!(row.split(',').nth(2), entry["class"].as_str(), "{row}");
    }
    assert!(csv.contains(",client_error,"));
}

#[test]
fn echoed_input_is_escaped_and_short() {
    let output = run(&["No Content\u{1b}[31m"]);
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(!stderr.contains('\x1b'), "{stderr:?}");
    assert!(stderr.contains("No Content\\u{1b}[31m"), "{stderr}");
    let long = "a".repeat(100_000);
    let output = run(&[&long]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.len() < 300, "{} bytes of error", stderr.len());
    assert!(stderr.contains("100000 characters"), "{stderr}");
    let stderr = String::from_utf8(run(&["list", "\u{7}6xx"]).stderr).unwrap();
    assert!(!stderr.contains('\u{7}') && stderr.contains("\\u{7}6xx"), "{stderr:?}");
}

#[test]
fn groups_of_codes_point_to_list() {
    for group in ["4xx", "5XX", "client-error", "unofficial"] {
        let output = run(&[group]);
        assert_eq!(output.status.code(), Some(1));
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains(&format!("status-atlas list {group}")), "{stderr}");
        assert!(!stderr.contains("did you mean"), "no codes are guessed: {stderr}");
    }
}

#[test]
fn numbers_that_are_no_code_suggest_nothing() {
    for args in [&["0"][..], &["--", "-1"], &["12"], &["1000"]] {
        let output = run(args);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(!stderr.contains("did you mean"), "{args:?}: {stderr}");
    }
}

#[test]
fn export_json_matches_the_library() {
    let exported: serde_json::Value = serde_json::from_str(&stdout(&["export", "--format", "json"])).unwrap();
    let exported = exported.as_array().unwrap();
    assert_eq!(exported.len(), Status::ALL.len());
    for (entry, status) in exported.iter().zip(Status::ALL) {
        assert_eq!(entry["code"], status.code());
        assert_eq!(entry["reason"], status.reason());
        assert_eq!(entry["registered"], status.is_registered());
        assert_eq!(entry["summary"], status.summary());
        assert_eq!(entry["description"], status.description());
        assert_eq!(entry["cacheable_by_default"], status.is_cacheable_by_default());
        assert_eq!(entry["body_allowed"], status.body_allowed());
        assert_eq!(entry["headers"].as_array().unwrap().len(), status.headers().len());
        match status.spec() {
            Some(spec) => {
                assert_eq!(entry["spec"]["document"], spec.document);
                assert_eq!(entry["spec"]["url"], spec.url);
            }
            None => assert!(entry["spec"].is_null()),
        }
        for ecosystem in Ecosystem::ALL {
            let names: Vec<&str> =
                entry["aliases"][ecosystem.key()].as_array().unwrap().iter().map(|name| name.as_str().unwrap()).collect();
            let expected: Vec<&str> = status.aliases_in(ecosystem).map(|alias| alias.name).collect();
            assert_eq!(names, expected);
            assert_eq!(names.first().copied(), status.alias(ecosystem).or(names.first().copied()));
        }
    }
}

#[test]
fn export_csv_and_markdown() {
    let csv = stdout(&["export", "--format", "csv"]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), Status::ALL.len() + 1);
    assert!(lines[0].starts_with("code,reason,class,registered"));
    assert!(lines.iter().any(|line| line.starts_with("418,I'm a teapot,")));
    let markdown = stdout(&["export", "--format", "markdown"]);
    assert!(markdown.contains("| [204](#204) | No Content |"));
    assert_eq!(markdown.matches("\n## ").count(), Status::ALL.len());
}

#[test]
fn closed_pipe_is_not_a_crash() {
    use std::io::Read;
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_status-atlas"))
        .args(["export", "--format", "markdown"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    assert!(child.wait().unwrap().success());
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn colour_only_on_terminals_and_never_with_no_color() {
    let output = Command::new(env!("CARGO_BIN_EXE_status-atlas")).arg("404").env("NO_COLOR", "1").output().unwrap();
    assert!(!String::from_utf8(output.stdout).unwrap().contains('\x1b'));
}

/// Runs the binary on a terminal (util-linux `script` makes one) and returns what it printed;
/// `None` where `script` is missing.
fn on_a_terminal(term: &str, arg: &str) -> Option<String> {
    let command = format!("{} {arg}", env!("CARGO_BIN_EXE_status-atlas"));
    let output = Command::new("script").args(["-qec", &command, "/dev/null"]).env("TERM", term).env_remove("NO_COLOR").output().ok()?;
    output.status.success().then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

#[test]
fn colour_on_terminals_unless_term_is_dumb() {
    let Some(colour) = on_a_terminal("xterm-256color", "404") else {
        eprintln!("skipped: util-linux `script` is not installed");
        return;
    };
    assert!(colour.contains('\x1b'), "{colour}");
    let dumb = on_a_terminal("dumb", "404").expect("script ran once");
    assert!(dumb.contains("404 Not Found") && !dumb.contains('\x1b'), "{dumb:?}");
}

#[test]
fn closed_standard_output_is_an_error() {
    let command = format!("exec {} 204 >&-", env!("CARGO_BIN_EXE_status-atlas"));
    let output = Command::new("sh").args(["-c", &command]).output().expect("sh runs");
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("standard output is closed"));
    // Sent to /dev/null on purpose, it succeeds.
    let command = format!("exec {} 204 >/dev/null", env!("CARGO_BIN_EXE_status-atlas"));
    assert!(Command::new("sh").args(["-c", &command]).status().expect("sh runs").success());
}

#[test]
fn completions_for_each_shell() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let script = stdout(&["completions", shell]);
        for word in ["status-atlas", "list", "search", "export", "completions", "json"] {
            assert!(script.contains(word), "{shell}: no `{word}`");
        }
    }
    assert_eq!(run(&["completions", "nosh"]).status.code(), Some(2));
}

#[test]
fn man_page_in_roff() {
    let page = stdout(&["man"]);
    assert!(page.contains(".TH status-atlas 1"), "{page}");
    for section in [".SH NAME", ".SH SYNOPSIS", ".SH OPTIONS", ".SH SUBCOMMANDS"] {
        assert!(page.contains(section), "no `{section}`");
    }
    assert!(page.contains("\\-\\-json"));
}

/// The fields of `Record`, read from its `Debug` form, so that a field added to the struct shows
/// up here without anyone remembering to list it.
fn record_fields() -> Vec<String> {
    let debug = format!("{:#?}", Status::NO_CONTENT.record());
    debug
        .lines()
        .filter_map(|line| line.strip_prefix("    ")?.split_once(": ").map(|(name, _)| name))
        .filter(|name| !name.starts_with(' '))
        .map(str::to_owned)
        .collect()
}

/// Text with every run of white space made one space: cards wrap long values over lines.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

type Probe = fn(Status) -> Vec<String>;

#[test]
fn every_record_field_reaches_the_export_and_the_card() {
    // How each field shows on the card: text that must be on it, or why the card leaves it out.
    let card_shows: &[(&str, Result<Probe, &str>)] = &[
        ("code", Ok(|s| vec![s.code().to_string()])),
        ("reason", Ok(|s| vec![s.reason().to_owned()])),
        ("const_name", Err("the card is for any ecosystem; the Rust const is the `rust_http`-style name the export carries")),
        ("class", Ok(|s| vec![s.class().name().to_owned()])),
        (
            "registration",
            Ok(|s| {
                vec![
                    (match s.registration() {
                        Registration::Reserved => "reserved",
                        registration if s.is_registered() => {
                            if registration == Registration::Temporary {
                                "temporarily registered"
                            } else {
                                "registered"
                            }
                        }
                        _ => "unofficial",
                    })
                    .to_owned(),
                ]
            }),
        ),
        ("registration_expires", Ok(|s| s.registration_expires().map(str::to_owned).into_iter().collect())),
        ("obsoleted", Ok(|s| if s.is_obsoleted() { vec!["obsoleted".to_owned()] } else { Vec::new() })),
        ("iana_description", Ok(|s| s.record().iana_description.map(str::to_owned).into_iter().collect())),
        ("summary", Ok(|s| vec![s.summary().to_owned()])),
        ("description", Ok(|s| s.description().split("\n\n").map(str::to_owned).collect())),
        ("legacy_reasons", Ok(|s| s.legacy_reasons().iter().map(|legacy| legacy.reason.to_owned()).collect())),
        ("cacheable_by_default", Ok(|s| vec![(if s.is_cacheable_by_default() { "yes, by default" } else { "Cacheable" }).to_owned()])),
        ("cacheable_elsewhere", Ok(|s| s.record().cacheable_elsewhere.map(|rule| rule.note.to_owned()).into_iter().collect())),
        ("body_allowed", Ok(|s| vec![(if s.body_allowed() { "allowed" } else { "never" }).to_owned()])),
        // A URL wider than the terminal is shown without its fragment, after the section.
        ("spec", Ok(|s| s.spec().map(|spec| spec.url.split('#').next().unwrap_or(spec.url).to_owned()).into_iter().collect())),
        ("previous_specs", Ok(|s| s.previous_specs().iter().map(|spec| spec.document.to_owned()).collect())),
        ("headers", Ok(|s| s.headers().iter().map(|header| header.note.to_owned()).collect())),
        ("methods", Ok(|s| s.methods().iter().map(|method| (*method).to_owned()).collect())),
        ("related", Ok(|s| s.related().iter().map(|related| related.why.to_owned()).collect())),
        ("notes", Ok(|s| s.notes().iter().map(|note| note.text.to_owned()).collect())),
        ("origins", Ok(|s| s.origins().iter().map(|origin| origin.note.to_owned()).collect())),
        ("aliases", Ok(|s| s.aliases().iter().map(|alias| alias.name.to_owned()).collect())),
        ("redirect", Ok(|s| s.redirect().iter().map(|redirect| redirect.client.name().to_owned()).collect())),
        ("retried_by", Ok(|s| s.retried_by().iter().map(|retry| retry.client.name().to_owned()).collect())),
        ("null_body", Ok(|s| s.null_body_for().iter().map(|client| client.name().to_owned()).collect())),
        ("current_aliases", Err("internal: the current name per ecosystem, already among `aliases`")),
    ];
    let internal = ["current_aliases"];
    let export: serde_json::Value = serde_json::from_str(&stdout(&["export", "--format", "json"])).expect("JSON");
    let fields = record_fields();
    assert!(fields.len() > 15, "Record's Debug form changed shape: {fields:?}");
    for field in &fields {
        let Some((_, shows)) = card_shows.iter().find(|(name, _)| name == field) else {
            panic!(
                "`Record::{field}` is new: show it on the CLI card (the export serializes it by construction), then add it to this table"
            );
        };
        if !internal.contains(&field.as_str()) {
            assert!(export[0].get(field).is_some(), "the JSON export lacks `{field}`");
        }
        let Ok(probe) = shows else { continue };
        for status in Status::ALL {
            let card = squeeze(&stdout(&[&status.code().to_string()]));
            for text in probe(*status) {
                assert!(card.contains(&squeeze(&text)), "the card of {status} does not show `{field}`: `{text}`");
            }
        }
    }
}

/// The codes a `list` filter prints.
fn listed(filter: &str) -> Vec<u16> {
    stdout(&["list", filter]).lines().filter_map(|line| line.get(..3)?.parse().ok()).collect()
}

#[test]
fn list_filters_for_clients() {
    assert_eq!(listed("redirect"), [301, 302, 303, 307, 308]);
    assert_eq!(listed("3xx").len(), Status::ALL.iter().filter(|status| status.is_redirection()).count());
    assert_eq!(listed("retried-by-curl"), [408, 429, 500, 502, 503, 504, 522, 524]);
    assert_eq!(listed("retried_by_urllib3"), [413, 429, 503]);
    assert_eq!(listed("retried-by-jshttp-statuses"), [502, 503, 504]);
    assert!(listed("retried-by-requests").is_empty());
    assert_eq!(listed("followed-by-jshttp-statuses"), [300, 301, 302, 303, 305, 307, 308]);
    assert_eq!(listed("followed-by-go-http"), [301, 302, 303, 307, 308]);
    assert_eq!(listed("null-body"), [101, 103, 204, 205, 304]);
    for client in Client::ALL {
        let key = client.key().replace('_', "-");
        let expected: Vec<u16> = Status::ALL.iter().filter(|status| status.is_retried_by(client)).map(|status| status.code()).collect();
        assert_eq!(listed(&format!("retried-by-{key}")), expected, "{key}");
    }
    let output = run(&["list", "retried-by-wget"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8(output.stderr).unwrap().contains("retried-by-CLIENT"));
}

#[test]
fn card_has_a_clients_section() {
    let card = squeeze(&stdout(&["302"]));
    assert!(card.contains("Clients - Browsers (Fetch) and reqwest (since 0.12.16) follow it; a POST becomes a GET."), "{card}");
    assert!(
        card.contains("requests, Go net/http and reqwest (from 0.11.0 until 0.12.16) follow it; any method but HEAD becomes a GET."),
        "{card}"
    );
    assert!(card.contains("Node statuses lists it as a redirect."), "{card}");
    let card = squeeze(&stdout(&["503"]));
    assert!(card.contains("curl retries it (since 7.12.3; Retry-After honoured since 7.66.0)."), "{card}");
    assert!(
        card.contains(
            "urllib3 retries it when Retry-After is present, for HEAD, GET, PUT, DELETE, OPTIONS and TRACE requests (since 1.19)."
        ),
        "{card}"
    );
    let card = squeeze(&stdout(&["408"]));
    assert!(card.contains("curl retried it (from 7.61.1 until 7.66.0)."), "{card}");
    assert!(squeeze(&stdout(&["204"])).contains("Browsers (Fetch) and Node statuses treat it as having no body."));
    assert!(!stdout(&["404"]).contains("Clients"));
}

#[test]
fn export_carries_client_behaviour() {
    let exported: serde_json::Value = serde_json::from_str(&stdout(&["export", "--format", "json"])).unwrap();
    for (entry, status) in exported.as_array().unwrap().iter().zip(Status::ALL) {
        assert_eq!(entry["redirect"]["status"], status.is_redirect());
        let follows = entry["redirect"]["follows"].as_array().unwrap();
        assert_eq!(follows.len(), status.redirect().len());
        for (json, redirect) in follows.iter().zip(status.redirect()) {
            assert_eq!(json["client"], redirect.client.key());
            assert_eq!(json["method"].as_str(), redirect.method.map(status_atlas::MethodRewrite::key));
            assert_eq!(json["source"]["url"], redirect.client.info().source.url);
        }
        let retried = entry["retried_by"].as_array().unwrap();
        assert_eq!(retried.len(), status.retried_by().len());
        for (json, retry) in retried.iter().zip(status.retried_by()) {
            assert_eq!(json["client"], retry.client.key());
            assert_eq!(json["condition"], retry.condition.key());
            assert_eq!(json["since"].as_str(), retry.since);
            assert_eq!(json["current"], retry.is_current());
            assert_eq!(json["source"]["version"], retry.client.info().version);
        }
        let null_body: Vec<&str> = entry["null_body"].as_array().unwrap().iter().map(|key| key.as_str().unwrap()).collect();
        assert_eq!(null_body, status.null_body_for().iter().map(|client| client.key()).collect::<Vec<_>>());
    }
    let card: serde_json::Value = serde_json::from_str(&stdout(&["--json", "303"])).unwrap();
    assert_eq!(card["redirect"]["follows"][0]["client"], "fetch");
    assert_eq!(card["redirect"]["follows"][0]["method"], "get_except_head");
}
