//! End-to-end tests of the `status-atlas` binary.

use std::process::{Command, Output};

use status_atlas::{Ecosystem, Status};

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
            // A single word longer than the line (a URL) may overflow; nothing else does.
            let overflow = line.chars().count() > 80 && line.trim().contains(' ');
            let url = line.split_whitespace().any(|word| word.starts_with("https://") && word.chars().count() > 40);
            assert!(!overflow || url, "{status}: line over 80 columns: `{line}`");
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
fn search_ranks_the_best_match_first() {
    let found = stdout(&["search", "rate", "limit"]);
    assert!(found.starts_with("429"), "{found}");
    let found = stdout(&["search", "teapot"]);
    assert!(found.starts_with("418"), "{found}");
    assert_eq!(run(&["search", "zzzzqqq"]).status.code(), Some(1));
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
