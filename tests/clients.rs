//! The clients' facts checked against what each source states, vendored in
//! `tests/fixtures/clients/` (each file names the source, path and release it was read from).
//! The comparison runs both ways: every fact a source states is in the dataset, and every fact
//! the dataset records for that client is in the source. All mismatches are reported at once.

use std::collections::BTreeSet;

use status_atlas::{Client, MethodRewrite, RetryCondition, SOURCES, Status};

/// Each client's fixture.
const FIXTURES: &[(Client, &str, &str)] = &[
    (Client::Fetch, "fetch.txt", include_str!("fixtures/clients/fetch.txt")),
    (Client::Curl, "curl-8.21.0.txt", include_str!("fixtures/clients/curl-8.21.0.txt")),
    (Client::Urllib3, "urllib3-2.7.0.txt", include_str!("fixtures/clients/urllib3-2.7.0.txt")),
    (Client::Requests, "requests-2.34.2.txt", include_str!("fixtures/clients/requests-2.34.2.txt")),
    (Client::JshttpStatuses, "statuses-2.0.2.txt", include_str!("fixtures/clients/statuses-2.0.2.txt")),
    (Client::GoHttp, "go.txt", include_str!("fixtures/clients/go.txt")),
    (Client::Reqwest, "reqwest-0.13.4.txt", include_str!("fixtures/clients/reqwest-0.13.4.txt")),
];

/// One fact, in the fixture's own words: `redirect 301 post_to_get -`.
type Fact = String;

/// The facts a fixture states, each checked for shape (codes, keys and releases it names).
fn fixture_facts(file: &str, text: &str) -> BTreeSet<Fact> {
    let mut facts = BTreeSet::new();
    for (index, line) in text.lines().enumerate() {
        let at = format!("{file}:{}", index + 1);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split_whitespace().collect();
        let code: u16 = fields.get(1).and_then(|code| code.parse().ok()).unwrap_or_else(|| panic!("{at}: no code in `{line}`"));
        assert!(Status::from_u16(code).is_some(), "{at}: {code} is not in the dataset");
        match fields[..] {
            ["redirect", _, method, _, _] => {
                assert!(method == "-" || MethodRewrite::from_key(method).is_some(), "{at}: unknown method rewrite `{method}`");
            }
            ["null_body", _] => {}
            ["retry", _, condition, _, _, _] => {
                assert!(RetryCondition::from_key(condition).is_some(), "{at}: unknown condition `{condition}`");
            }
            _ => {
                panic!("{at}: expected a `redirect`, `null_body` or `retry` line as tests/fixtures/clients/README.md says, found `{line}`")
            }
        }
        assert!(facts.insert(fields.join(" ")), "{at}: listed twice");
    }
    assert!(!facts.is_empty(), "{file} states no facts");
    facts
}

/// The facts the dataset records for `client`, written as a fixture writes them.
fn dataset_facts(client: Client) -> BTreeSet<Fact> {
    let dash = |value: Option<&str>| value.unwrap_or("-").to_owned();
    let mut facts = BTreeSet::new();
    for status in Status::ALL {
        let code = status.code();
        for redirect in status.redirect().iter().filter(|redirect| redirect.client == client) {
            let method = dash(redirect.method.map(MethodRewrite::key));
            facts.insert(format!("redirect {code} {method} {} {}", dash(redirect.since), dash(redirect.until)));
        }
        if status.null_body_for().contains(&client) {
            facts.insert(format!("null_body {code}"));
        }
        for retry in status.retried_by().iter().filter(|retry| retry.client == client) {
            let methods = if retry.methods.is_empty() { "-".to_owned() } else { retry.methods.join(",") };
            facts.insert(format!("retry {code} {} {} {} {methods}", retry.condition.key(), dash(retry.since), dash(retry.until)));
        }
    }
    facts
}

#[test]
fn every_client_has_a_fixture() {
    let covered: Vec<Client> = FIXTURES.iter().map(|(client, ..)| *client).collect();
    assert_eq!(covered, Client::ALL, "one fixture per client, in `Client` order");
}

#[test]
fn the_data_matches_each_source_both_ways() {
    let mut problems = Vec::new();
    for (client, file, text) in FIXTURES {
        let upstream = fixture_facts(file, text);
        let ours = dataset_facts(*client);
        for fact in upstream.difference(&ours) {
            problems.push(format!("{file}: `{fact}` is not in data/clients.toml for `{}`", client.key()));
        }
        for fact in ours.difference(&upstream) {
            problems.push(format!("data/clients.toml: `{}` has `{fact}`, which {file} does not state", client.key()));
        }
    }
    assert!(problems.is_empty(), "{} mismatches:\n{}", problems.len(), problems.join("\n"));
}

#[test]
fn fetch_sets_are_pinned() {
    let redirect: Vec<u16> = Status::ALL.iter().filter(|status| status.is_redirect()).map(|status| status.code()).collect();
    assert_eq!(redirect, [301, 302, 303, 307, 308]);
    let null_body: Vec<u16> =
        Status::ALL.iter().filter(|status| status.null_body_for().contains(&Client::Fetch)).map(|status| status.code()).collect();
    assert_eq!(null_body, [101, 103, 204, 205, 304]);
    // Every null body status is one that never carries content.
    assert!(null_body.iter().all(|code| !Status::from_u16(*code).unwrap().body_allowed()));
    // The Node set is wider, as the docs of `is_redirect` say.
    assert!(Status::MULTIPLE_CHOICES.is_followed_by(Client::JshttpStatuses) && !Status::MULTIPLE_CHOICES.is_redirect());
    assert!(Status::USE_PROXY.is_followed_by(Client::JshttpStatuses) && !Status::USE_PROXY.is_redirect());
}

#[test]
fn method_rewrites_follow_fetch() {
    let fetch = |status: Status| status.redirect().iter().find(|redirect| redirect.client == Client::Fetch).and_then(|r| r.method);
    assert_eq!(fetch(Status::MOVED_PERMANENTLY), Some(MethodRewrite::PostToGet));
    assert_eq!(fetch(Status::FOUND), Some(MethodRewrite::PostToGet));
    assert_eq!(fetch(Status::SEE_OTHER), Some(MethodRewrite::GetExceptHead));
    assert_eq!(fetch(Status::TEMPORARY_REDIRECT), Some(MethodRewrite::Keep));
    assert_eq!(fetch(Status::PERMANENT_REDIRECT), Some(MethodRewrite::Keep));
    assert_eq!(fetch(Status::MULTIPLE_CHOICES), None);
}

#[test]
fn current_and_former_retry_rules() {
    assert!(Status::REQUEST_TIMEOUT.is_retried_by(Client::Curl));
    let former: Vec<_> = Status::REQUEST_TIMEOUT.retried_by().iter().filter(|retry| !retry.is_current()).collect();
    assert_eq!(former.len(), 1);
    assert_eq!((former[0].since, former[0].until), (Some("7.61.1"), Some("7.66.0")));
    assert!(Status::TOO_MANY_REQUESTS.is_retried_by(Client::Urllib3));
    assert!(!Status::TOO_MANY_REQUESTS.is_retried_by(Client::Requests));
    assert!(!Status::NOT_FOUND.is_retried_by(Client::Curl));
    assert_eq!(Client::Curl.info().honours_retry_after, Some("7.66.0"));
}

#[test]
fn each_client_source_is_listed_in_sources() {
    for client in Client::ALL {
        let info = client.info();
        assert_eq!(info.client, client);
        assert!(info.source.url.starts_with("https://"), "{client}: {}", info.source.url);
        let listed = SOURCES.iter().any(|source| source.topic == "clients" && source.version.contains(info.version));
        assert!(listed, "{client}: version `{}` is in no `clients` entry of data/dataset.toml's [[sources]]", info.version);
    }
}

#[test]
fn the_summary_names_every_client_with_a_fact() {
    for status in Status::ALL {
        let summary = status.client_summary().join(" ");
        let mut named: Vec<Client> = status.redirect().iter().map(|redirect| redirect.client).collect();
        named.extend(status.retried_by().iter().map(|retry| retry.client));
        named.extend(status.null_body_for());
        assert_eq!(summary.is_empty(), named.is_empty(), "{status}: `{summary}`");
        for client in named {
            assert!(summary.contains(client.name()), "{status}: the summary does not name {client}: `{summary}`");
        }
    }
    assert_eq!(
        Status::FOUND.client_summary()[0],
        "Browsers (Fetch) and reqwest (since 0.12.16) follow it; a POST becomes a GET.",
        "the wording the issue asks for"
    );
}

/// A behaviour a client dropped stays in the data with its releases, and is not current.
#[test]
fn past_redirect_rules_are_kept_but_not_current() {
    let reqwest: Vec<_> = Status::FOUND.redirect().iter().filter(|redirect| redirect.client == Client::Reqwest).collect();
    assert_eq!(reqwest.len(), 2, "{reqwest:?}");
    let past = reqwest.iter().find(|redirect| !redirect.is_current()).unwrap();
    assert_eq!((past.method, past.since, past.until), (Some(MethodRewrite::GetExceptHead), Some("0.11.0"), Some("0.12.16")));
    let now = reqwest.iter().find(|redirect| redirect.is_current()).unwrap();
    assert_eq!((now.method, now.since), (Some(MethodRewrite::PostToGet), Some("0.12.16")));
    assert!(Status::FOUND.is_followed_by(Client::Reqwest));
    // Go follows 308 since 1.8, and a body only when it can be sent again.
    let go = Status::PERMANENT_REDIRECT.redirect().iter().find(|redirect| redirect.client == Client::GoHttp).unwrap();
    assert_eq!(go.since, Some("1.8"));
    assert!(go.note.is_some_and(|note| note.contains("GetBody")));
    assert!(Status::PERMANENT_REDIRECT.client_summary().iter().any(|sentence| sentence.starts_with("Go net/http: ")));
}

/// Fetch's HTTP-network-or-cache fetch sends some requests again: the 421 card and the client
/// table say the same.
#[test]
fn browsers_retry_421_on_a_new_connection_and_401_and_407_with_credentials() {
    let fetch = |status: Status| status.retried_by().iter().find(|retry| retry.client == Client::Fetch).map(|retry| retry.condition);
    assert_eq!(fetch(Status::MISDIRECTED_REQUEST), Some(RetryCondition::NewConnection));
    assert_eq!(fetch(Status::UNAUTHORIZED), Some(RetryCondition::Credentials));
    assert_eq!(fetch(Status::PROXY_AUTHENTICATION_REQUIRED), Some(RetryCondition::Credentials));
    assert_eq!(fetch(Status::SERVICE_UNAVAILABLE), None);
    assert!(Status::MISDIRECTED_REQUEST.description().contains("once more on a new connection"));
    assert!(Status::MISDIRECTED_REQUEST.client_summary().iter().any(|sentence| sentence.contains("retries it once on a new connection")));
    assert!(!Client::Fetch.info().retry_note.contains("never"));
}

#[test]
fn retry_after_is_where_the_specs_put_it() {
    let retry_after = |status: Status| status.headers().iter().find(|header| header.field == "Retry-After").map(|header| header.spec);
    // RFC 9110 section 10.2.3: with any 3xx that redirects, the least wait before following it.
    for status in Status::ALL.iter().filter(|status| status.is_redirect()) {
        let spec = retry_after(*status).unwrap_or_else(|| panic!("{status} lacks Retry-After"));
        assert_eq!((spec.document, spec.section), ("RFC 9110", Some("10.2.3")), "{status}");
    }
    assert_eq!(retry_after(Status::SERVICE_UNAVAILABLE).map(|spec| spec.document), Some("RFC 9110"));
    assert_eq!(retry_after(Status::TOO_MANY_REQUESTS).map(|spec| (spec.document, spec.section)), Some(("RFC 6585", Some("4"))));
}
