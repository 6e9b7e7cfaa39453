//! Malformed data fails the build step with `file:line:col: message`, every problem at once,
//! and never a panic. The build modules are compiled here through `#[path]`.

#[path = "../build/mod.rs"]
#[allow(dead_code, unreachable_pub)]
mod codegen;

use std::fs;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

const DATASET: &str = r#"[registry]
updated = "2025-09-15"
url = "https://www.iana.org/assignments/http-status-codes/"
"#;

const NO_CONTENT: &str = r#"code = 204
reason = "No Content"
class = "success"
registration = "permanent"
summary = "Nothing to send back."
description = "A fixture description long enough for the validator: it explains what the code means, when to send it, and what clients do. it explains what the code means, when to send it, and what clients do. it explains what the code means, when to send it, and what clients do. it explains what the code means, when to send it, and what clients do. it explains what the code means, when to send it, and what clients do. it explains what the code means, when to send it, and what clients do."
cacheable_by_default = true
body = "forbidden"

[spec]
document = "RFC 9110"
section = "15.3.5"

[aliases]
go = ["http.StatusNoContent"]
"#;

const RESET_CONTENT: &str = r#"code = 205
reason = "Reset Content"
class = "success"
registration = "permanent"
summary = "Reset the view."
description = "A fixture description long enough for the validator: it explains what the code means, when to send it, and what clients do. it explains what the code means, when to send it, and what clients do. it explains what the code means, when to send it, and what clients do. it explains what the code means, when to send it, and what clients do. it explains what the code means, when to send it, and what clients do. it explains what the code means, when to send it, and what clients do."
cacheable_by_default = false
body = "forbidden"

[spec]
document = "RFC 9110"
section = "15.3.6"
"#;

/// A `clients.toml` with every client and no facts; tests append rules, which then belong to
/// the last client (`reqwest`).
const CLIENTS: &str = r#"[[clients]]
key = "fetch"
version = "Living Standard"
retry_note = "Never."
source = { document = "WHATWG Fetch", url = "https://fetch.spec.whatwg.org/" }

[[clients]]
key = "curl"
version = "8.21.0"
retry_note = "With --retry."
source = { document = "curl retry.md", url = "https://curl.se/" }

[[clients]]
key = "urllib3"
version = "2.7.0"
retry_note = "By default."
source = { document = "retry.py", url = "https://urllib3.readthedocs.io/" }

[[clients]]
key = "requests"
version = "2.34.2"
retry_note = "Off."
source = { document = "adapters.py", url = "https://requests.readthedocs.io/" }

[[clients]]
key = "jshttp_statuses"
version = "2.0.2"
retry_note = "A table."
source = { document = "index.js", url = "https://github.com/jshttp/statuses" }

[[clients]]
key = "go_http"
version = "1.25"
retry_note = "Never."
source = { document = "client.go", url = "https://go.dev/" }

[[clients]]
key = "reqwest"
version = "0.13.4"
retry_note = "Never on a status."
source = { document = "redirect.rs", url = "https://docs.rs/reqwest" }
"#;

/// The lines of `CLIENTS`: text appended to it starts on the next line.
const CLIENTS_LINES: usize = 41;

/// A fresh data directory holding `dataset.toml`, `clients.toml` and the given code files.
fn data_dir(files: &[(&str, &str)]) -> PathBuf {
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!("status-atlas-data-{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed)));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("codes")).unwrap();
    fs::write(dir.join("dataset.toml"), DATASET).unwrap();
    fs::write(dir.join("clients.toml"), CLIENTS).unwrap();
    for (name, text) in files {
        fs::write(dir.join("codes").join(name), text).unwrap();
    }
    dir
}

/// The diagnostics for a data set, as printed.
fn errors(files: &[(&str, &str)]) -> Vec<String> {
    let dir = data_dir(files);
    let result = codegen::run(&dir, "data");
    fs::remove_dir_all(&dir).unwrap();
    match result {
        Ok(_) => Vec::new(),
        Err(diagnostics) => diagnostics.iter().map(ToString::to_string).collect(),
    }
}

fn assert_one(errors: &[String], expected_start: &str, expected_words: &str) {
    assert_eq!(errors.len(), 1, "expected one error, got {errors:#?}");
    assert!(errors[0].starts_with(expected_start), "`{}` does not start with `{expected_start}`", errors[0]);
    assert!(errors[0].contains(expected_words), "`{}` does not mention `{expected_words}`", errors[0]);
}

#[test]
fn valid_data_generates_code() {
    let dir = data_dir(&[("204.toml", NO_CONTENT), ("205.toml", RESET_CONTENT)]);
    let output = codegen::run(&dir, "data").unwrap_or_else(|errors| panic!("{errors:?}"));
    fs::remove_dir_all(&dir).unwrap();
    assert!(output.code.starts_with("// @generated"));
    assert!(output.code.contains("NO_CONTENT"));
    assert!(output.table.contains("[204](crate::codes::NO_CONTENT"), "{}", output.table);
}

#[test]
fn unknown_field_is_reported_at_its_key() {
    let text = NO_CONTENT.replace("reason =", "reasn =");
    assert_one(&errors(&[("204.toml", &text)]), "data/codes/204.toml:2:1: ", "unknown field `reasn`");
}

#[test]
fn missing_field_is_named() {
    let text = NO_CONTENT.replace("summary = \"Nothing to send back.\"\n", "");
    assert_one(&errors(&[("204.toml", &text)]), "data/codes/204.toml:", "missing field `summary`");
}

#[test]
fn wrong_type_is_reported_at_the_value() {
    let text = NO_CONTENT.replace("cacheable_by_default = true", "cacheable_by_default = \"yes\"");
    assert_one(&errors(&[("204.toml", &text)]), "data/codes/204.toml:7:24: ", "`cacheable_by_default`: invalid type");
}

#[test]
fn unknown_enum_value_lists_the_choices() {
    let text = NO_CONTENT.replace("registration = \"permanent\"", "registration = \"official\"");
    assert_one(&errors(&[("204.toml", &text)]), "data/codes/204.toml:4:16: ", "`registration`: unknown variant `official`");
}

#[test]
fn syntax_error_has_a_position() {
    let text = NO_CONTENT.replace("reason = \"No Content\"", "reason = \"No Content");
    let errors = errors(&[("204.toml", &text)]);
    assert_one(&errors, "data/codes/204.toml:2:", "string");
    // toml's report spans lines; the build prints it on one.
    assert!(!errors[0].contains('\n'), "{errors:#?}");
}

#[test]
fn duplicate_key_is_reported_at_the_second_one() {
    let text = NO_CONTENT.replace("code = 204\n", "code = 204\ncode = 204\n");
    assert_one(&errors(&[("204.toml", &text)]), "data/codes/204.toml:2:1: ", "duplicate key");
}

#[test]
fn class_must_match_the_first_digit() {
    let text = NO_CONTENT.replace("class = \"success\"", "class = \"client_error\"");
    assert_one(&errors(&[("204.toml", &text)]), "data/codes/204.toml:3:9: ", "does not match code 204");
}

#[test]
fn code_must_be_in_range() {
    let text = NO_CONTENT.replace("code = 204", "code = 99").replace("class = \"success\"", "class = \"informational\"");
    let errors = errors(&[("99.toml", &text)]);
    assert!(errors.iter().any(|error| error.starts_with("data/codes/99.toml:1:8: ") && error.contains("outside 100-599")), "{errors:#?}");
}

#[test]
fn file_name_must_match_the_code() {
    assert_one(&errors(&[("205.toml", NO_CONTENT)]), "data/codes/205.toml:1:8: ", "name the file `204.toml`");
}

#[test]
fn duplicate_codes_are_rejected() {
    let errors = errors(&[("204.toml", NO_CONTENT), ("0204.toml", NO_CONTENT)]);
    assert!(errors.iter().any(|error| error.contains("already defined in data/codes/0204.toml")), "{errors:#?}");
}

#[test]
fn alias_shape_is_checked() {
    let text = NO_CONTENT.replace("go = [\"http.StatusNoContent\"]", "go = [\"StatusNoContent\"]");
    assert_one(&errors(&[("204.toml", &text)]), "data/codes/204.toml:15:7: ", "must start with `http.`");
}

#[test]
fn alias_table_with_unknown_key_is_rejected() {
    let text = NO_CONTENT.replace("go = [\"http.StatusNoContent\"]", "go = [{ name = \"http.StatusNoContent\", sinse = \"1.0\" }]");
    assert_one(&errors(&[("204.toml", &text)]), "data/codes/204.toml:15:", "unknown field `sinse`");
}

#[test]
fn a_name_cannot_mean_two_codes() {
    let reset = format!("{RESET_CONTENT}\n[aliases]\ngo = [\"http.StatusNoContent\"]\n");
    let errors = errors(&[("204.toml", NO_CONTENT), ("205.toml", &reset)]);
    assert!(errors.iter().any(|error| error.starts_with("data/codes/205.toml:15:7: ") && error.contains("also names 204")), "{errors:#?}");
}

#[test]
fn body_rule_follows_rfc_9110() {
    let text = NO_CONTENT.replace("body = \"forbidden\"", "body = \"allowed\"");
    assert_one(&errors(&[("204.toml", &text)]), "data/codes/204.toml:8:8: ", "never carry content");
}

#[test]
fn registered_code_needs_a_spec() {
    let text = NO_CONTENT.replace("[spec]\ndocument = \"RFC 9110\"\nsection = \"15.3.5\"\n", "");
    assert_one(&errors(&[("204.toml", &text)]), "data/codes/204.toml:4:16: ", "needs a `[spec]` table");
}

#[test]
fn description_needs_substance() {
    let text = NO_CONTENT.replace(
        &NO_CONTENT[NO_CONTENT.find("description = ").unwrap()..NO_CONTENT.find("cacheable").unwrap()],
        "description = \"Too short.\"\n",
    );
    assert_one(&errors(&[("204.toml", &text)]), "data/codes/204.toml:6:15: ", "at least 60 words");
}

#[test]
fn related_code_must_exist() {
    let text = format!("{NO_CONTENT}\n[[related]]\ncode = 299\nwhy = \"Because.\"\n");
    // `[aliases]` comes first in the text, so the related table is appended after it.
    assert_one(&errors(&[("204.toml", &text)]), "data/codes/204.toml:18:8: ", "related code 299 is not in the dataset");
}

#[test]
fn non_toml_file_is_rejected() {
    assert_one(&errors(&[("204.toml", NO_CONTENT), ("notes.txt", "hello")]), "data/codes/notes.txt:1:1: ", "only `NNN.toml` files");
}

#[test]
fn messages_stay_on_one_line() {
    let text = NO_CONTENT.replace("body = \"forbidden\"", "body = \"forbidden\"\nmethods = [\"PU\\nT\"]");
    assert_one(&errors(&[("204.toml", &text)]), "data/codes/204.toml:9:12: ", "method `PU\\nT` must be");
}

#[test]
fn every_problem_is_reported_at_once() {
    let bad_class = NO_CONTENT.replace("class = \"success\"", "class = \"redirection\"");
    let bad_type = RESET_CONTENT.replace("cacheable_by_default = false", "cacheable_by_default = 3");
    let errors = errors(&[("204.toml", &bad_class), ("205.toml", &bad_type)]);
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(errors[0].starts_with("data/codes/204.toml:3:9: "), "{errors:#?}");
    assert!(errors[1].starts_with("data/codes/205.toml:7:24: "), "{errors:#?}");
}

#[test]
fn garbage_never_panics() {
    let samples = ["", "\0\0\0", "code = ", "[[[", "code = 70000", "code = -1", "aliases = 3", "[aliases]\ngo = [1]", "\u{feff}code = 204"];
    for sample in samples {
        let errors = errors(&[("204.toml", sample)]);
        assert!(!errors.is_empty(), "`{sample}` was accepted");
        assert!(errors.iter().all(|error| error.starts_with("data/codes/204.toml:")), "{errors:#?}");
    }
}

#[test]
fn the_real_dataset_is_valid() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data");
    if let Err(errors) = codegen::run(&dir, "data") {
        panic!("{}", errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"));
    }
}

#[test]
fn conditional_applies_to_rules_of_any_level() {
    // A SHOULD that holds only in some responses (200's validators for GET and HEAD) is data,
    // not an error, and the flag reaches the generated table.
    let text = format!(
        "{NO_CONTENT}\n[[headers]]\nfield = \"ETag\"\nlevel = \"should\"\nconditional = true\nspec = {{ document = \"RFC 9110\", section = \"15.3.5\" }}\nnote = \"A validator for the stored response.\"\n"
    );
    let dir = data_dir(&[("204.toml", &text)]);
    let output = codegen::run(&dir, "data").unwrap_or_else(|errors| panic!("{errors:?}"));
    fs::remove_dir_all(&dir).unwrap();
    let code: String = output.code.split_whitespace().collect();
    assert!(code.contains(r#"field:"ETag",level:Requirement::Should,conditional:true"#), "{}", output.code);
}

/// The diagnostics for a data directory laid out by `lay` (beside `dataset.toml`), as printed.
fn errors_in(lay: impl FnOnce(&std::path::Path)) -> Vec<String> {
    let dir = data_dir(&[]);
    lay(&dir.join("codes"));
    let result = codegen::run(&dir, "data");
    fs::remove_dir_all(&dir).unwrap();
    result.err().unwrap_or_default().iter().map(ToString::to_string).collect()
}

/// 205 names 204 as related: only 204's own file may be blamed for 204's problems.
fn with_innocent_neighbour(broken: &[u8], name: &str) -> Vec<String> {
    let neighbour = format!("{RESET_CONTENT}\n[[related]]\ncode = 204\nwhy = \"The plain variant, without asking for a reset.\"\n");
    errors_in(|codes| {
        fs::write(codes.join(name), broken).unwrap();
        fs::write(codes.join("205.toml"), neighbour).unwrap();
    })
}

#[test]
fn a_broken_file_is_the_only_one_blamed() {
    let deep = format!("{}a = 1\n", "a.".repeat(9_999));
    let cases: [(&[u8], &str, &str); 6] = [
        (b"", "204.toml", "data/codes/204.toml:1:1: the file is empty"),
        (b"  \n\n", "204.toml", "data/codes/204.toml:1:1: the file is empty"),
        (b"code = 204\nreason = \"No \xff Content\"\n", "204.toml", "data/codes/204.toml:2:14: the file is not UTF-8"),
        (b"code = 204\ncode = 204\n", "204.toml", "data/codes/204.toml:2:1: duplicate key"),
        (deep.as_bytes(), "204.toml", "data/codes/204.toml:"),
        (NO_CONTENT.as_bytes(), "204.TOML", "data/codes/204.TOML:1:1: rename this file `204.toml`"),
    ];
    for (broken, name, expected) in cases {
        let errors = with_innocent_neighbour(broken, name);
        assert!(!errors.is_empty() && errors.iter().all(|error| error.contains(name)), "{name} {broken:?}: {errors:#?}");
        assert!(errors[0].starts_with(expected), "{name}: `{}` does not start with `{expected}`", errors[0]);
    }
}

#[test]
fn a_deeply_dotted_key_is_reported_where_it_is() {
    let deep = format!("code = 204\n{}a = 1\n", "a.".repeat(9_999));
    assert_one(&errors(&[("204.toml", &deep)]), "data/codes/204.toml:2:1: ", "this key nests 10000 tables deep");
    let header = format!("code = 204\n[{}a]\n", "a.".repeat(9_999));
    assert_one(&errors(&[("204.toml", &header)]), "data/codes/204.toml:2:1: ", "this key nests 10000 tables deep");
}

#[cfg(unix)]
#[test]
fn editor_and_system_files_are_not_data() {
    let errors = errors_in(|codes| {
        fs::write(codes.join("204.toml"), NO_CONTENT).unwrap();
        for junk in ["204.toml~", ".204.toml.swp", ".DS_Store", "204.toml.orig", ".204.toml"] {
            fs::write(codes.join(junk), NO_CONTENT.replace("No Content", "Half Content")).unwrap();
        }
        // Emacs' lock file: a symbolic link to nowhere.
        std::os::unix::fs::symlink("root@host.1234:1700000000", codes.join(".#204.toml")).unwrap();
    });
    assert_eq!(errors, Vec::<String>::new());
}

#[test]
fn an_empty_codes_directory_is_an_error() {
    assert_one(&errors(&[]), "data/codes:1:1: ", "at least one status code");
}

#[test]
fn reason_phrases_are_printable_ascii() {
    for (reason, shown) in [("No\\nContent", "'\\n'"), ("N\u{43e} Content", "'о' (\\u{43e})"), ("No Content\\u001b[2J", "'\\u{1b}'")] {
        let text = NO_CONTENT.replace("reason = \"No Content\"", &format!("reason = \"{reason}\""));
        let errors = errors(&[("204.toml", &text)]);
        assert!(
            errors.iter().any(|error| error.starts_with("data/codes/204.toml:2:10: ") && error.contains(shown)),
            "{reason}: {errors:#?}"
        );
        assert!(errors.iter().all(|error| !error.contains('\n')), "{errors:#?}");
    }
}

#[test]
fn a_section_is_a_section_number() {
    for section in ["abc", "15.3.5 see also 15.4", "15..3", ""] {
        let text = NO_CONTENT.replace("section = \"15.3.5\"", &format!("section = \"{section}\""));
        assert_one(&errors(&[("204.toml", &text)]), "data/codes/204.toml:12:11: ", "must be a section number");
    }
    let appendix = NO_CONTENT.replace("section = \"15.3.5\"", "section = \"A.2\"");
    assert_eq!(errors(&[("204.toml", &appendix)]), Vec::<String>::new());
}

#[test]
fn windows_line_ends_leave_no_carriage_return_in_the_prose() {
    let crlf = NO_CONTENT
        .replace("description = \"", "description = \"\"\"\nFirst line.\n")
        .replace("what clients do.\"\ncacheable", "what clients do.\n\"\"\"\ncacheable");
    assert!(crlf.contains("\"\"\"\nFirst line."), "the fixture has a multi-line description");
    let crlf = crlf.replace('\n', "\r\n");
    let dir = data_dir(&[("204.toml", &crlf)]);
    let output = codegen::run(&dir, "data").unwrap_or_else(|errors| panic!("{errors:?}"));
    fs::remove_dir_all(&dir).unwrap();
    assert!(output.code.contains("First line.\\nA fixture description"), "the description kept its line break");
    assert!(!output.code.contains("\\r"), "a carriage return reached the generated code");
}

#[cfg(unix)]
#[test]
fn a_file_name_cannot_start_a_cargo_directive() {
    let errors = errors_in(|codes| {
        fs::write(codes.join("204.toml"), NO_CONTENT).unwrap();
        fs::write(codes.join("x\ncargo::rustc-link-arg=-evil"), "").unwrap();
    });
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].starts_with("data/codes/x\\ncargo::rustc-link-arg=-evil:1:1: only `NNN.toml` files"), "{errors:#?}");
    assert!(!errors[0].contains('\n'));
}

#[test]
fn a_lookup_clash_is_reported_at_the_name_naming_both_files() {
    let clashing = RESET_CONTENT.to_owned() + "\n[aliases]\nnode = [\"No Content\"]\n";
    let errors = errors(&[("204.toml", NO_CONTENT), ("205.toml", &clashing)]);
    assert_one(
        &errors,
        "data/codes/205.toml:15:9: ",
        "`No Content` names 205, but lookups already read it as 204 (data/codes/204.toml:2:10)",
    );
}

#[test]
fn oversized_input_is_refused_with_a_clear_error() {
    let huge = NO_CONTENT.replace("Nothing to send back.", &"x".repeat(4 * 1024 * 1024));
    assert_one(&errors(&[("204.toml", &huge)]), "data/codes/204.toml:1:1: ", "a data file holds at most 65536");
    let long = NO_CONTENT.replace("Nothing to send back.", &"x".repeat(5_000));
    assert_one(&errors(&[("204.toml", &long)]), "data/codes/204.toml:5:11: ", "`summary` is 5000 characters long");
}

#[test]
fn a_temporary_registration_records_its_expiry() {
    let temporary = NO_CONTENT.replace("registration = \"permanent\"", "registration = \"temporary\"");
    assert_one(&errors(&[("204.toml", &temporary)]), "data/codes/204.toml:4:16: ", "needs `registration_expires`");
    let dated = temporary.replace("registration = \"temporary\"", "registration = \"temporary\"\nregistration_expires = \"13 Nov 2026\"");
    assert_one(&errors(&[("204.toml", &dated)]), "data/codes/204.toml:5:24: ", "must be a date written YYYY-MM-DD");
    let permanent =
        NO_CONTENT.replace("registration = \"permanent\"", "registration = \"permanent\"\nregistration_expires = \"2026-11-13\"");
    assert_one(&errors(&[("204.toml", &permanent)]), "data/codes/204.toml:5:24: ", "for temporary registrations only");
}

/// The diagnostics for `clients.toml` written as `text`, beside 204 and 205.
fn client_errors(text: &str) -> Vec<String> {
    let dir = data_dir(&[("204.toml", NO_CONTENT), ("205.toml", RESET_CONTENT)]);
    fs::write(dir.join("clients.toml"), text).unwrap();
    let result = codegen::run(&dir, "data");
    fs::remove_dir_all(&dir).unwrap();
    result.err().unwrap_or_default().iter().map(ToString::to_string).collect()
}

/// `CLIENTS` with `extra` appended: its first line is line `CLIENTS_LINES + 1`.
fn with_rules(extra: &str) -> String {
    assert_eq!(CLIENTS.lines().count(), CLIENTS_LINES, "CLIENTS changed length");
    format!("{CLIENTS}{extra}")
}

#[test]
fn client_facts_reach_the_generated_records() {
    let clients = CLIENTS.replace("key = \"fetch\"\n", "key = \"fetch\"\nnull_body = [204]\n")
        + "\n[[clients.retries]]\ncodes = [205]\ncondition = \"always\"\nsince = \"0.12\"\n";
    let dir = data_dir(&[("204.toml", NO_CONTENT), ("205.toml", RESET_CONTENT)]);
    fs::write(dir.join("clients.toml"), &clients).unwrap();
    let output = codegen::run(&dir, "data").unwrap_or_else(|errors| panic!("{errors:?}"));
    fs::remove_dir_all(&dir).unwrap();
    let code: String = output.code.split_whitespace().collect();
    assert!(code.contains("null_body:&[Client::Fetch]"), "{}", output.code);
    assert!(code.contains(
        r#"retried_by:&[Retry{client:Client::Reqwest,condition:RetryCondition::Always,methods:&[],since:Some("0.12"),until:None}]"#
    ));
}

#[test]
fn an_unknown_client_lists_the_known_ones() {
    let errors = client_errors(&CLIENTS.replace("key = \"curl\"", "key = \"wget\""));
    assert_one(&errors, "data/clients.toml:8:7: ", "unknown variant `wget`, expected one of `fetch`, `curl`");
}

#[test]
fn every_client_needs_an_entry() {
    let without_curl = CLIENTS.replace("[[clients]]\nkey = \"curl\"", "[[clients]]\nkey = \"go_http\"");
    let errors = client_errors(&without_curl);
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(errors[0].starts_with("data/clients.toml:1:1: no `[[clients]]` entry with `key = \"curl\"`"), "{errors:#?}");
    assert!(errors[1].starts_with("data/clients.toml:32:7: client `go_http` already has an entry at line 8"), "{errors:#?}");
}

#[test]
fn a_client_entered_twice_is_named() {
    let errors = client_errors(&with_rules(
        "\n[[clients]]\nkey = \"curl\"\nversion = \"1\"\nretry_note = \"x.\"\nsource = { document = \"d\", url = \"https://curl.se/\" }\n",
    ));
    assert_one(&errors, "data/clients.toml:44:7: ", "client `curl` already has an entry at line 8");
}

#[test]
fn a_rule_names_codes_of_the_dataset() {
    let errors = client_errors(&with_rules("\n[[clients.redirects]]\ncodes = [205, 299]\nmethod = \"keep\"\n"));
    assert_one(&errors, "data/clients.toml:44:15: ", "code 299 is not in the dataset");
}

#[test]
fn a_code_is_listed_once_per_client() {
    let errors = client_errors(&with_rules(
        "\n[[clients.redirects]]\ncodes = [205]\nmethod = \"keep\"\n\n[[clients.redirects]]\ncodes = [205]\nmethod = \"post_to_get\"\n",
    ));
    assert_one(&errors, "data/clients.toml:48:10: ", "code 205 is already followed by `reqwest` in these releases (line 44)");
    let twice_in_one_rule = client_errors(&with_rules("\n[[clients.redirects]]\ncodes = [205, 205]\nmethod = \"keep\"\n"));
    assert_one(&twice_in_one_rule, "data/clients.toml:44:15: ", "code 205 is listed twice in this rule");
}

#[test]
fn redirect_rules_for_a_code_may_follow_each_other_in_time() {
    let rule = |method: &str, releases: &str| format!("\n[[clients.redirects]]\ncodes = [205]\nmethod = \"{method}\"\n{releases}");
    let before = rule("get_except_head", "since = \"0.11.0\"\nuntil = \"0.12.16\"\n");
    assert!(client_errors(&with_rules(&(before.clone() + &rule("post_to_get", "since = \"0.12.16\"\n")))).is_empty());
    let errors = client_errors(&with_rules(&(before + &rule("post_to_get", "since = \"0.12.0\"\n"))));
    assert_one(&errors, "data/clients.toml:50:10: ", "code 205 is already followed by `reqwest` in these releases (line 44)");
    let errors = client_errors(&with_rules(&rule("keep", "until = \"1.8\"\n")));
    assert_one(&errors, "data/clients.toml:46:9: ", "`until` needs `since`");
    let errors = client_errors(&with_rules(&rule("keep", "note = \"\"\n")));
    assert_one(&errors, "data/clients.toml:46:8: ", "note must not be empty");
}

#[test]
fn unknown_rule_keys_and_values_are_rejected() {
    let errors = client_errors(&with_rules("\n[[clients.redirects]]\ncodes = [205]\nmethod = \"keep\"\nfollow = true\n"));
    assert_one(&errors, "data/clients.toml:46:1: ", "unknown field `follow`");
    let errors = client_errors(&with_rules("\n[[clients.retries]]\ncodes = [205]\ncondition = \"sometimes\"\n"));
    assert_one(&errors, "data/clients.toml:45:13: ", "unknown variant `sometimes`, expected one of `always`, `retry_after`, `listed`");
    let errors = client_errors(&with_rules("\n[[clients.retries]]\ncodes = []\ncondition = \"always\"\n"));
    assert_one(&errors, "data/clients.toml:44:9: ", "`codes` is empty");
}

#[test]
fn release_numbers_are_checked() {
    let errors = client_errors(&with_rules("\n[[clients.retries]]\ncodes = [205]\ncondition = \"always\"\nsince = \"7.x\"\n"));
    assert_one(&errors, "data/clients.toml:46:9: ", "version `7.x` must be a release number");
    let errors =
        client_errors(&with_rules("\n[[clients.retries]]\ncodes = [205]\ncondition = \"always\"\nsince = \"7.66.0\"\nuntil = \"7.9\"\n"));
    assert_one(&errors, "data/clients.toml:47:9: ", "`until` (7.9) must be a later release than `since` (7.66.0)");
    let errors = client_errors(&with_rules("\n[[clients.retries]]\ncodes = [205]\ncondition = \"always\"\nuntil = \"7.9\"\n"));
    assert_one(&errors, "data/clients.toml:46:9: ", "`until` needs `since`");
}

#[test]
fn retry_rules_for_a_code_cannot_overlap() {
    let rule = |since: &str, until: &str| {
        let until = if until.is_empty() { String::new() } else { format!("until = \"{until}\"\n") };
        format!("\n[[clients.retries]]\ncodes = [205]\ncondition = \"always\"\nsince = \"{since}\"\n{until}")
    };
    // 7.61.1 until 7.66.0, then again from 7.74.0: curl's 408.
    assert!(client_errors(&with_rules(&(rule("7.61.1", "7.66.0") + &rule("7.74.0", "")))).is_empty());
    assert!(client_errors(&with_rules(&(rule("7.61.1", "7.66.0") + &rule("7.66.0", "")))).is_empty());
    let errors = client_errors(&with_rules(&(rule("7.61.1", "7.70.0") + &rule("7.66.0", ""))));
    assert_one(&errors, "data/clients.toml:50:10: ", "code 205 is already retried by `reqwest` in these releases (line 44)");
}

#[test]
fn client_sources_are_https_links() {
    let errors = client_errors(&CLIENTS.replace("https://go.dev/", "http://go.dev/"));
    assert_one(&errors, "data/clients.toml:35:42: ", "url `http://go.dev/` must be an https:// address");
}
