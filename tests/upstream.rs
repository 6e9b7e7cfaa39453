//! The dataset's names checked against upstream's own lists, vendored as plain data in
//! `tests/fixtures/upstream/` (each file names the repository, path and release it was read from).
//! As unicode-ident compares its tables with independent implementations, the comparison runs
//! both ways: every name upstream has is in the dataset under the same code, current or not as
//! upstream has it, and every name the dataset's history places in that release is upstream.
//! Each test reports all of its mismatches at once.

use status_atlas::{Alias, Ecosystem, Registration, Status};

/// One upstream name.
#[derive(Debug, Clone)]
struct Upstream {
    /// Where it was read: `go.txt:12`.
    at: String,
    code: u16,
    /// As the dataset's bare alias spells it: `StatusNoContent`, `no_content`, `No Content`.
    name: String,
    /// Upstream's main name for the code, rather than one it accepts for compatibility.
    current: bool,
    /// Upstream marks it deprecated.
    deprecated: bool,
}

/// How a fixture's lines read after the code.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    /// An identifier, then optionally `legacy` (kept for compatibility beside the main name) and
    /// `deprecated` (marked so upstream).
    Identifier,
    /// A phrase that runs to the end of the line.
    Phrase,
}

/// One `CODE NAME` line: where it is, the code, the name, and whether upstream keeps the name
/// only for compatibility (`legacy`) and marks it deprecated.
type Line = (String, u16, String, bool, bool);

/// The `CODE NAME` lines of a fixture; `#` starts a comment line.
fn parse(file: &str, text: &str, form: Form) -> Vec<Line> {
    let mut entries = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let at = format!("{file}:{}", index + 1);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (code, rest) = line.split_once(' ').unwrap_or_else(|| panic!("{at}: expected `CODE NAME`, found `{line}`"));
        let code: u16 = code.parse().unwrap_or_else(|_| panic!("{at}: `{code}` is not a status code"));
        let (name, legacy, deprecated) = match form {
            Form::Phrase => (rest.to_owned(), false, false),
            Form::Identifier => match rest.split_whitespace().collect::<Vec<_>>()[..] {
                [name] => (name.to_owned(), false, false),
                [name, "deprecated"] => (name.to_owned(), false, true),
                [name, "legacy"] => (name.to_owned(), true, false),
                [name, "legacy", "deprecated"] => (name.to_owned(), true, true),
                _ => panic!("{at}: expected `CODE NAME`, then optionally `legacy` and `deprecated`, found `{line}`"),
            },
        };
        entries.push((at, code, name, legacy, deprecated));
    }
    assert!(!entries.is_empty(), "{file} lists no names");
    entries
}

/// A fixture's names: current unless marked `legacy`.
fn names(file: &str, text: &str, form: Form) -> Vec<Upstream> {
    parse(file, text, form)
        .into_iter()
        .map(|(at, code, name, legacy, deprecated)| Upstream { at, code, name, current: !legacy, deprecated })
        .collect()
}

/// Rack's `HTTP_STATUS_CODES` phrases as the symbols `SYMBOL_TO_STATUS_CODE` derives from them:
/// lower-cased, with white space and `-` (and in Rack 1.6 to 2.x, `'`) turned into `_`.
fn rack_symbols(file: &str, text: &str, apostrophe_too: bool) -> Vec<Upstream> {
    let mut symbols = names(file, text, Form::Phrase);
    for symbol in &mut symbols {
        let separator = |c: char| c.is_whitespace() || c == '-' || (apostrophe_too && c == '\'');
        symbol.name = symbol.name.to_lowercase().chars().map(|c| if separator(c) { '_' } else { c }).collect();
    }
    symbols
}

/// Rack's `OBSOLETE_SYMBOLS_TO_STATUS_CODES`: still accepted, with a deprecation warning.
fn rack_obsolete(file: &str, text: &str) -> Vec<Upstream> {
    names(file, text, Form::Identifier).into_iter().map(|symbol| Upstream { current: false, deprecated: true, ..symbol }).collect()
}

/// An alias's bare name as upstream spells it (a quoted Ruby symbol loses its quotes).
fn bare(alias: &Alias) -> &'static str {
    let name = alias.bare();
    match alias.ecosystem {
        Ecosystem::Rails => name.strip_prefix('"').and_then(|name| name.strip_suffix('"')).unwrap_or(name),
        _ => name,
    }
}

/// `3.13` as `[3, 13]`, so that releases compare numerically.
fn release(text: &str) -> Vec<u32> {
    text.split('.').map(|part| part.parse().unwrap_or_else(|_| panic!("`{text}` is not a release number"))).collect()
}

/// The names of one ecosystem in one upstream release.
struct Snapshot {
    ecosystem: Ecosystem,
    /// The release read, compared with each alias's `since`, `legacy_since` and `removed_in`;
    /// `None` where the file's release is not known, so only `removed_in` counts.
    release: Option<&'static str>,
    /// Whether this is the newest release read, the one the dataset's `deprecated` describes.
    newest: bool,
    /// Whether upstream matches names ignoring case (statuses lower-cases messages to look them
    /// up), so a legacy spelling that differs only in case is still there.
    ignores_case: bool,
    names: Vec<Upstream>,
}

impl Snapshot {
    fn new(ecosystem: Ecosystem, release: Option<&'static str>, names: Vec<Upstream>) -> Snapshot {
        Snapshot { ecosystem, release, newest: true, ignores_case: false, names }
    }

    fn described(&self) -> String {
        match self.release {
            Some(release) => format!("{} {release}", self.ecosystem),
            None => format!("the {} file read", self.ecosystem),
        }
    }

    /// Whether the alias's history places it in this release.
    fn has(&self, alias: &Alias) -> bool {
        let Some(now) = self.release.map(release) else { return alias.removed_in.is_none() };
        alias.since.is_none_or(|since| release(since) <= now) && alias.removed_in.is_none_or(|removed| now < release(removed))
    }

    /// Whether the alias's history makes it the current name in this release.
    fn has_current(&self, alias: &Alias) -> bool {
        let Some(now) = self.release.map(release) else { return alias.is_current() };
        self.has(alias) && alias.legacy_since.is_none_or(|legacy| now < release(legacy))
    }

    /// Every disagreement between the dataset and this release, as readable lines.
    fn mismatches(&self) -> Vec<String> {
        let mut problems = Vec::new();
        let key = self.ecosystem.key();
        for upstream in &self.names {
            let Upstream { at, code, name, .. } = upstream;
            let Some(status) = Status::from_u16(*code) else {
                problems.push(format!("{at}: upstream has `{name}` for {code}, a code the dataset does not have"));
                continue;
            };
            let Some(alias) = status.aliases_in(self.ecosystem).find(|alias| bare(alias) == name) else {
                let elsewhere = Status::ALL.iter().find(|other| other.aliases_in(self.ecosystem).any(|alias| bare(alias) == name));
                problems.push(match elsewhere {
                    Some(other) => format!("{at}: upstream has `{name}` for {code}, but the dataset gives it to {}", other.code()),
                    None => format!("{at}: `{name}` is missing from data/codes/{code}.toml [aliases] {key}"),
                });
                continue;
            };
            if !self.has(alias) {
                problems.push(format!(
                    "{at}: `{}` is in {}, but the dataset's history leaves it out ({alias:?})",
                    alias.name,
                    self.described()
                ));
            } else if self.has_current(alias) != upstream.current {
                let (upstream_says, data_says) =
                    if upstream.current { ("current", "legacy") } else { ("kept for compatibility", "current") };
                problems.push(format!(
                    "{at}: `{}` is {upstream_says} in {}, but the dataset calls it {data_says}",
                    alias.name,
                    self.described()
                ));
            }
            if self.newest && alias.deprecated != upstream.deprecated {
                let word = |deprecated| if deprecated { "deprecated" } else { "not deprecated" };
                problems.push(format!(
                    "{at}: `{}` is {} upstream, but the dataset says {}",
                    alias.name,
                    word(upstream.deprecated),
                    word(alias.deprecated)
                ));
            }
        }
        for status in Status::ALL {
            for alias in status.aliases_in(self.ecosystem).filter(|alias| self.has(alias)) {
                let exact = alias.is_current() || !self.ignores_case;
                let listed = self.names.iter().any(|upstream| {
                    upstream.code == status.code()
                        && if exact { upstream.name == bare(alias) } else { upstream.name.to_lowercase() == bare(alias).to_lowercase() }
                });
                if !listed {
                    problems.push(format!(
                        "data/codes/{}.toml: {key} `{}` is in {} by the dataset's history, but upstream does not list it for {}",
                        status.code(),
                        alias.name,
                        self.described(),
                        status.code()
                    ));
                }
            }
        }
        problems
    }

    fn assert_agrees(&self) {
        let problems = self.mismatches();
        assert!(problems.is_empty(), "{} mismatches with {}:\n{}", problems.len(), self.described(), problems.join("\n"));
    }
}

macro_rules! fixture {
    ($file:literal) => {
        ($file, include_str!(concat!("fixtures/upstream/", $file)))
    };
}

/// Compares an ecosystem's fixtures of identifiers with the dataset, each at its release; the
/// first is the newest release, the one whose `deprecated` marks the dataset describes.
fn releases_agree(ecosystem: Ecosystem, fixtures: &[((&str, &str), &'static str)]) {
    for (index, ((file, text), release)) in fixtures.iter().enumerate() {
        let snapshot = Snapshot::new(ecosystem, Some(release), names(file, text, Form::Identifier));
        Snapshot { newest: index == 0, ..snapshot }.assert_agrees();
    }
}

#[test]
fn go_matches_net_http() {
    let (file, text) = fixture!("go.txt");
    Snapshot::new(Ecosystem::Go, Some("1.19.8"), names(file, text, Form::Identifier)).assert_agrees();
}

#[test]
fn rails_matches_rack_3_2() {
    let (file, text) = fixture!("rack-3.2.7.txt");
    let mut symbols = rack_symbols(file, text, false);
    let (file, text) = fixture!("rack-3.2.7-obsolete.txt");
    symbols.extend(rack_obsolete(file, text));
    Snapshot::new(Ecosystem::Rails, Some("3.2.7"), symbols).assert_agrees();
}

#[test]
fn rails_matches_rack_2_2() {
    let (file, text) = fixture!("rack-2.2.24.txt");
    Snapshot { newest: false, ..Snapshot::new(Ecosystem::Rails, Some("2.2.24"), rack_symbols(file, text, true)) }.assert_agrees();
}

#[test]
fn symfony_matches_response_constants() {
    let (file, text) = fixture!("symfony-7.1.5.txt");
    Snapshot::new(Ecosystem::Symfony, Some("7.1.5"), names(file, text, Form::Identifier)).assert_agrees();
}

#[test]
fn rust_http_matches_status_code_consts() {
    let (file, text) = fixture!("http-1.5.0.txt");
    Snapshot::new(Ecosystem::RustHttp, Some("1.5.0"), names(file, text, Form::Identifier)).assert_agrees();
}

#[test]
fn node_matches_statuses() {
    let (file, text) = fixture!("statuses-2.0.2.txt");
    Snapshot { ignores_case: true, ..Snapshot::new(Ecosystem::Node, Some("2.0.2"), names(file, text, Form::Phrase)) }.assert_agrees();
}

#[test]
fn dotnet_matches_http_status_code() {
    let (file, text) = fixture!("dotnet.txt");
    Snapshot::new(Ecosystem::DotNet, None, names(file, text, Form::Identifier)).assert_agrees();
}

#[test]
fn java_matches_http_url_connection() {
    let (file, text) = fixture!("java.txt");
    Snapshot::new(Ecosystem::Java, None, names(file, text, Form::Identifier)).assert_agrees();
}

#[test]
fn starlette_matches_its_status_module() {
    // 0.47.3 is the last release before the RFC 9110 renames of 0.48.0.
    releases_agree(Ecosystem::Starlette, &[(fixture!("starlette-1.10.0.txt"), "1.10.0"), (fixture!("starlette-0.47.3.txt"), "0.47.3")]);
}

#[test]
fn drf_matches_rest_framework_status() {
    // 2.1.0 still had the misspelt 511 name that 2.1.1 corrected.
    releases_agree(Ecosystem::Drf, &[(fixture!("drf-3.18.3.txt"), "3.18.3"), (fixture!("drf-2.1.0.txt"), "2.1.0")]);
}

#[test]
fn http_status_codes_matches_its_status_codes_enum() {
    releases_agree(Ecosystem::HttpStatusCodes, &[(fixture!("http_status_codes-2.3.0.txt"), "2.3.0")]);
}

/// http-status-codes' deprecated 1.x top-level constants share their names with `StatusCodes`
/// members, so each resolves, bare, to its code through the enum's alias.
#[test]
fn http_status_codes_top_level_constants_resolve() {
    let (file, text) = fixture!("http_status_codes-2.3.0-legacy.txt");
    let mut problems = Vec::new();
    for (at, code, name, ..) in parse(file, text, Form::Identifier) {
        if Status::from_alias(Ecosystem::HttpStatusCodes, &name).map(Status::code) != Some(code) {
            problems.push(format!("{at}: the top-level constant `{name}` does not resolve to {code}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn net_http_matches_its_response_classes() {
    // 2.5.0: before Ruby 2.6.0 renamed 408, 413, 414, 416 and 504.
    releases_agree(Ecosystem::NetHttp, &[(fixture!("net_http-4.0.0.txt"), "4.0.0"), (fixture!("net_http-2.5.0.txt"), "2.5.0")]);
}

#[test]
fn plug_matches_its_status_atoms() {
    // The last releases before 1.19.0 (422), 1.8.0 (425) and 1.3.0 (226 and 306) changed atoms.
    releases_agree(
        Ecosystem::Plug,
        &[
            (fixture!("plug-1.19.2.txt"), "1.19.2"),
            (fixture!("plug-1.18.2.txt"), "1.18.2"),
            (fixture!("plug-1.7.2.txt"), "1.7.2"),
            (fixture!("plug-1.2.6.txt"), "1.2.6"),
        ],
    );
}

#[test]
fn spring_matches_http_status() {
    // The last releases before 7.0 (413 and 422 renamed, eight deprecated names deleted), 6.0.5
    // (103), 4.1 (308 and 414) and 3.0.1 (413).
    releases_agree(
        Ecosystem::Spring,
        &[
            (fixture!("spring-7.0.9.txt"), "7.0.9"),
            (fixture!("spring-6.2.19.txt"), "6.2.19"),
            (fixture!("spring-6.0.4.txt"), "6.0.4"),
            (fixture!("spring-4.0.9.txt"), "4.0.9"),
            (fixture!("spring-3.0.0.txt"), "3.0.0"),
        ],
    );
}

#[test]
fn ktor_matches_http_status_code() {
    // 0.9.3: before 0.9.4 renamed 417's `ExceptionFailed`.
    releases_agree(Ecosystem::Ktor, &[(fixture!("ktor-3.5.2.txt"), "3.5.2"), (fixture!("ktor-0.9.3.txt"), "0.9.3")]);
}

/// The comparison can fail: a name upstream lacks, a missing name and a wrong standing are all
/// reported, each once.
#[test]
fn disagreements_are_reported() {
    let upstream = |code, name: &str, current| Upstream { at: "test".into(), code, name: name.into(), current, deprecated: false };
    let mut names: Vec<Upstream> = Status::ALL
        .iter()
        .flat_map(|status| status.aliases_in(Ecosystem::Go).map(move |alias| upstream(status.code(), bare(alias), true)))
        .collect();
    assert!(Snapshot::new(Ecosystem::Go, None, names.clone()).mismatches().is_empty());
    names.retain(|name| name.name != "StatusTeapot");
    names.push(upstream(999, "StatusNine", true));
    names.push(upstream(204, "StatusNoContentAtAll", true));
    names.iter_mut().filter(|name| name.name == "StatusGone").for_each(|name| name.current = false);
    let problems = Snapshot::new(Ecosystem::Go, None, names).mismatches();
    assert_eq!(problems.len(), 4, "{problems:#?}");
    for expected in ["StatusTeapot", "StatusNine", "StatusNoContentAtAll", "StatusGone"] {
        assert!(problems.iter().any(|problem| problem.contains(expected)), "{expected} not reported: {problems:#?}");
    }
}

/// Every code in the IANA registry is in the dataset with the registry's Description (as
/// `reason`, or `iana_description` where the registry's text differs), and every code the
/// dataset calls registered is in the registry.
#[test]
fn registered_codes_match_the_iana_registry() {
    let (file, text) = fixture!("iana.txt");
    let registry = parse(file, text, Form::Phrase);
    let mut problems = Vec::new();
    for (at, code, description, ..) in &registry {
        let Some(status) = Status::from_u16(*code) else {
            problems.push(format!("{at}: {code} `{description}` is registered, but the dataset does not have it"));
            continue;
        };
        let record = status.record();
        let ours = record.iana_description.unwrap_or(record.reason);
        if ours != description {
            problems.push(format!("{at}: the registry describes {code} as `{description}`, the dataset as `{ours}`"));
        }
        let expected = if description == "(Unused)" {
            Some(Registration::Reserved)
        } else if description.contains("(TEMPORARY") {
            Some(Registration::Temporary)
        } else {
            None
        };
        if !status.is_registered() || expected.is_some_and(|expected| status.registration() != expected) {
            problems.push(format!("{at}: {code} `{description}` is registered as {:?} in the dataset", status.registration()));
        }
    }
    for status in Status::ALL.iter().filter(|status| status.is_registered()) {
        if !registry.iter().any(|(_, code, ..)| *code == status.code()) {
            problems.push(format!("data/codes/{}.toml: registered in the dataset, but not in the registry", status.code()));
        }
    }
    assert!(problems.is_empty(), "{} mismatches with the IANA registry:\n{}", problems.len(), problems.join("\n"));
}
