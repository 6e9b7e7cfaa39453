//! The conformance checker on crafted responses: each rule fires where it should, cites the right
//! spec, and stays quiet on a response that follows it.

use http::{HeaderMap, HeaderValue, Method, StatusCode};
use status_atlas::Status;
use status_atlas::conformance::{self, Content, Finding, Level, Message, Request, Rule};

fn headers(fields: &[(&'static str, &'static str)]) -> HeaderMap {
    let mut headers = HeaderMap::new();
    for (name, value) in fields {
        headers.append(*name, HeaderValue::from_static(value));
    }
    headers
}

fn findings(code: u16, fields: &[(&'static str, &'static str)], content: Content) -> Vec<Finding> {
    let headers = headers(fields);
    Message::new(StatusCode::from_u16(code).unwrap(), &headers, content).findings().collect()
}

fn findings_for(code: u16, fields: &[(&'static str, &'static str)], content: Content, request: Request) -> Vec<Finding> {
    let headers = headers(fields);
    Message::new(StatusCode::from_u16(code).unwrap(), &headers, content).with_request(request).findings().collect()
}

/// (level, field, rule key, section) of each finding, for compact assertions.
fn summary(findings: &[Finding]) -> Vec<(Level, Option<&'static str>, &'static str, Option<&'static str>)> {
    findings.iter().map(|finding| (finding.level, finding.field, finding.rule.key(), finding.spec.section)).collect()
}

fn get(fields: &[(&'static str, &'static str)]) -> Request {
    Request::new(&Method::GET, &headers(fields))
}

#[test]
fn no_content_with_content_length_and_a_body() {
    let found = findings(204, &[("content-length", "5")], Content::Present(Some(5)));
    assert_eq!(
        summary(&found),
        [
            (Level::MustNot, Some("Content-Length"), "forbidden-field", Some("8.6")),
            (Level::MustNot, None, "content-not-allowed", Some("15.3.5")),
        ]
    );
    assert_eq!(found[0].to_string(), "The response carries `Content-Length`, which a 204 must never have.");
    assert_eq!(found[0].note(), Some("a 204 never carries Content-Length"));
    assert_eq!(
        found[1].to_string(),
        "The response carries 5 bytes of content, which a 204 must not have: it ends with its header section."
    );
    assert_eq!(found[1].spec.url, "https://www.rfc-editor.org/rfc/rfc9110#section-15.3.5");
    assert!(found.iter().all(|finding| finding.status == StatusCode::NO_CONTENT));
}

#[test]
fn transfer_encoding_on_no_content_and_interim_responses() {
    for code in [100, 101, 102, 103, 204] {
        let found =
            findings(code, &[("transfer-encoding", "chunked"), ("upgrade", "websocket"), ("connection", "upgrade")], Content::Empty);
        assert_eq!(summary(&found), [(Level::MustNot, Some("Transfer-Encoding"), "forbidden-field", Some("6.1"))], "{code}");
        assert_eq!(found[0].spec.document, "RFC 9112");
    }
}

#[test]
fn clean_responses_have_no_findings() {
    assert!(findings(204, &[("etag", "\"v2\"")], Content::Empty).is_empty());
    assert!(findings(405, &[("allow", "GET, HEAD")], Content::Present(Some(12))).is_empty());
    assert!(findings(405, &[("allow", "")], Content::Empty).is_empty(), "an empty Allow is legal");
    assert!(findings(200, &[("etag", "\"a\""), ("last-modified", "Tue, 01 Sep 2026 10:00:00 GMT")], Content::Present(None)).is_empty());
    assert!(findings(304, &[("content-length", "1234"), ("etag", "\"a\"")], Content::Empty).is_empty(), "Content-Length is a MAY on 304");
    assert!(findings(205, &[("content-length", "0")], Content::Empty).is_empty());
    assert!(findings(404, &[], Content::Present(Some(9))).is_empty());
}

#[test]
fn a_missing_must_field() {
    let found = findings(405, &[("content-type", "text/plain")], Content::Present(Some(3)));
    assert_eq!(summary(&found), [(Level::Must, Some("Allow"), "missing-field", Some("15.5.6"))]);
    assert_eq!(found[0].to_string(), "The response lacks `Allow`, which every 405 must carry.");
    for (code, field) in [(401, "WWW-Authenticate"), (407, "Proxy-Authenticate"), (426, "Upgrade")] {
        let found = findings(code, &[], Content::Empty);
        assert_eq!(summary(&found)[0].0, Level::Must, "{code}");
        assert_eq!(found[0].field, Some(field), "{code}");
        assert!(findings(code, &[(field, "x")], Content::Empty).iter().all(|finding| finding.field != Some(field)));
    }
    let found = findings(101, &[], Content::Empty);
    assert_eq!(
        summary(&found).iter().map(|row| (row.0, row.1)).collect::<Vec<_>>(),
        [(Level::Must, Some("Upgrade")), (Level::Must, Some("Connection"))]
    );
}

#[test]
fn field_names_match_in_any_letter_case() {
    let mut headers = HeaderMap::new();
    headers.insert(http::header::ALLOW, HeaderValue::from_static("GET"));
    assert_eq!(Message::new(StatusCode::METHOD_NOT_ALLOWED, &headers, Content::Empty).findings().count(), 0);
}

#[test]
fn should_fields_are_warnings_and_expected_fields_notes() {
    let found = findings(301, &[], Content::Present(Some(2)));
    assert_eq!(summary(&found), [(Level::Should, Some("Location"), "missing-field", Some("15.4.2"))]);
    assert_eq!(found[0].to_string(), "The response lacks `Location`, which a 301 should carry.");
    let found = findings(303, &[], Content::Empty);
    assert_eq!(summary(&found), [(Level::Note, Some("Location"), "missing-field", Some("15.4.4"))]);
    assert!(!Message::new(StatusCode::SEE_OTHER, &HeaderMap::new(), Content::Empty).breaks_must());
}

#[test]
fn partial_content_needs_content_range_only_when_single_part() {
    let found = findings(206, &[("content-type", "video/mp4")], Content::Present(Some(1024)));
    assert_eq!(summary(&found), [(Level::Must, Some("Content-Range"), "missing-field", Some("15.3.7.1"))]);
    assert_eq!(found[0].to_string(), "The response lacks `Content-Range`, which a 206 like this one must carry.");
    // No content type: still not multipart, so single part.
    assert_eq!(findings(206, &[], Content::Present(Some(10))).len(), 1);
    // Multipart: each part has its own Content-Range; the conditional "if a 200 would" fields
    // cannot be judged from the message, so nothing fires.
    let multipart = [("content-type", "Multipart/Byteranges; boundary=THIS_STRING_SEPARATES")];
    assert!(findings(206, &multipart, Content::Present(Some(400))).is_empty());
    assert!(findings(206, &[("content-range", "bytes 0-9/100")], Content::Present(Some(10))).is_empty());
}

#[test]
fn content_on_statuses_that_cannot_carry_it() {
    for (code, section) in [(100, "15.2"), (103, "15.2"), (199, "15.2"), (204, "15.3.5"), (205, "15.3.6"), (304, "15.4.5")] {
        let found: Vec<Finding> = findings(code, &[], Content::Present(None))
            .into_iter()
            .filter(|finding| matches!(finding.rule, Rule::ContentNotAllowed(_)))
            .collect();
        assert_eq!(found.len(), 1, "{code}");
        assert_eq!((found[0].level, found[0].spec.section), (Level::MustNot, Some(section)), "{code}");
        assert_eq!(
            found[0].to_string(),
            format!("The response carries content, which a {code} must not have: it ends with its header section.")
        );
    }
    // Unknown size (a stream): nothing can be said.
    assert!(findings(204, &[], Content::Unknown).is_empty());
    assert!(findings(304, &[], Content::Empty).is_empty());
}

#[test]
fn content_in_a_response_to_head() {
    let head = Request::method(&Method::HEAD);
    let found = findings_for(404, &[], Content::Present(Some(1)), head);
    assert_eq!(summary(&found), [(Level::MustNot, None, "content-in-head-response", Some("9.3.2"))]);
    assert_eq!(found[0].to_string(), "The response to a HEAD request carries 1 byte of content; it must be the header section alone.");
    assert!(findings_for(404, &[("content-length", "120")], Content::Empty, head).is_empty(), "a HEAD response keeps Content-Length");
    // Reported once on a 204, as content the status forbids.
    let found = findings_for(204, &[], Content::Present(Some(3)), head);
    assert_eq!(summary(&found), [(Level::MustNot, None, "content-not-allowed", Some("15.3.5"))]);
    assert!(findings(404, &[], Content::Present(Some(1))).is_empty(), "without the request, HEAD is unknown");
}

#[test]
fn codes_outside_the_registry() {
    let found = findings(299, &[], Content::Empty);
    assert_eq!(summary(&found), [(Level::Note, None, "unknown-code", Some("15"))]);
    assert_eq!(found[0].to_string(), "299 is neither registered with IANA nor a known unofficial code, so clients treat it as 200.");

    let unofficial = Status::ALL.iter().copied().find(|status| !status.is_registered()).unwrap();
    let found = findings(unofficial.code(), &[], Content::Empty);
    assert_eq!(summary(&found), [(Level::Note, None, "unofficial-code", Some("15"))]);
    assert!(found[0].to_string().contains(unofficial.origins()[0].who), "{}", found[0]);

    let found = findings(305, &[("location", "http://proxy.example/")], Content::Empty);
    assert_eq!(summary(&found), [(Level::Note, None, "deprecated", Some("15.4.6"))]);
    for (code, section) in [(306, "15.4.7"), (418, "15.5.19")] {
        let found = findings(code, &[], Content::Empty);
        assert_eq!(summary(&found), [(Level::Note, None, "reserved", Some(section))], "{code}");
    }
    let found = findings(510, &[], Content::Empty);
    assert_eq!(summary(&found), [(Level::Note, None, "obsoleted", Some("7"))]);
    assert!(findings(200, &[("etag", "\"a\""), ("last-modified", "x")], Content::Empty).is_empty());
    // 200's validators are SHOULD only for GET and HEAD, which a response alone does not show.
    assert!(findings(200, &[], Content::Empty).is_empty());
}

#[test]
fn rules_about_the_request() {
    // 206 without Range.
    let found = findings_for(206, &[("content-range", "bytes 0-9/100")], Content::Present(Some(10)), get(&[]));
    assert_eq!(summary(&found), [(Level::Note, None, "partial-without-range", Some("15.3.7"))]);
    assert!(
        findings_for(206, &[("content-range", "bytes 0-9/100")], Content::Present(Some(10)), get(&[("range", "bytes=0-9")])).is_empty()
    );
    // With only the method known, header-based rules stay quiet.
    assert!(findings_for(206, &[("content-range", "bytes 0-9/100")], Content::Present(Some(10)), Request::method(&Method::GET)).is_empty());

    // 201 to a safe method.
    let location = [("location", "/users/7")];
    for method in [Method::GET, Method::HEAD, Method::OPTIONS, Method::TRACE] {
        let found = findings_for(201, &location, Content::Empty, Request::method(&method));
        assert_eq!(summary(&found), [(Level::Note, None, "created-by-safe-method", Some("9.2.1"))], "{method}");
    }
    assert!(findings_for(201, &location, Content::Empty, Request::method(&Method::POST)).is_empty());

    // 100 without the expectation; the value is case-insensitive and may be one of a list.
    let found = findings_for(100, &[], Content::Empty, get(&[]));
    assert_eq!(summary(&found), [(Level::Note, Some("Expect"), "continue-without-expectation", Some("15.2.1"))]);
    assert!(findings_for(100, &[], Content::Empty, get(&[("expect", "100-Continue")])).is_empty());
    assert!(findings_for(100, &[], Content::Empty, get(&[("expect", "foo, 100-continue")])).is_empty());
    assert_eq!(findings_for(100, &[], Content::Empty, get(&[("expect", "101-continue")])).len(), 1);

    // 101 without an offer.
    let switched = [("upgrade", "websocket"), ("connection", "Upgrade")];
    let found = findings_for(101, &switched, Content::Empty, get(&[]));
    assert_eq!(summary(&found), [(Level::MustNot, Some("Upgrade"), "switch-without-upgrade", Some("7.8"))]);
    assert!(findings_for(101, &switched, Content::Empty, get(&[("upgrade", "websocket")])).is_empty());
}

#[test]
fn content_from_a_size_hint() {
    assert_eq!(Content::from_size_hint(&http_body::SizeHint::with_exact(0)), Content::Empty);
    assert_eq!(Content::from_size_hint(&http_body::SizeHint::with_exact(7)), Content::Present(Some(7)));
    let mut at_least = http_body::SizeHint::new();
    at_least.set_lower(3);
    assert_eq!(Content::from_size_hint(&at_least), Content::Present(None));
    assert_eq!(Content::from_size_hint(&http_body::SizeHint::new()), Content::Unknown);

    let response = http::Response::builder().status(204).body(String::from("hello")).unwrap();
    let found: Vec<Finding> = conformance::check(&response).collect();
    assert_eq!(summary(&found), [(Level::MustNot, None, "content-not-allowed", Some("15.3.5"))]);
    let response = http::Response::builder().status(204).body(String::new()).unwrap();
    assert_eq!(conformance::check(&response).count(), 0);
}

#[test]
fn findings_stop_and_stay_stopped() {
    let headers = HeaderMap::new();
    let message = Message::new(StatusCode::METHOD_NOT_ALLOWED, &headers, Content::Empty);
    let mut findings = message.findings();
    assert!(findings.next().is_some());
    assert!(findings.next().is_none());
    assert!(findings.next().is_none());
}

/// Every status in the dataset, given each MUST field and no MUST NOT field or forbidden
/// content, breaks no MUST (the rules never contradict each other); dropping an unconditional
/// MUST field is noticed.
#[test]
fn every_status_can_be_answered_cleanly() {
    for status in Status::ALL {
        let mut headers = HeaderMap::new();
        for rule in status.headers() {
            if rule.level == status_atlas::Requirement::Must {
                headers.insert(http::HeaderName::from_bytes(rule.field.as_bytes()).unwrap(), HeaderValue::from_static("x"));
            }
        }
        let content = if status.body_allowed() { Content::Present(Some(1)) } else { Content::Empty };
        let message = Message::new(StatusCode::from(*status), &headers, content);
        let broken: Vec<String> = message.findings().filter(|finding| finding.level.is_must()).map(|finding| finding.to_string()).collect();
        assert!(broken.is_empty(), "{status}: {broken:?}");
        for rule in status.headers().iter().filter(|rule| rule.level == status_atlas::Requirement::Must && !rule.conditional) {
            let mut without = headers.clone();
            without.remove(rule.field);
            assert!(Message::new(StatusCode::from(*status), &without, content).breaks_must(), "{status} without {}", rule.field);
        }
    }
}

#[test]
fn codes_outside_100_to_599_are_invalid() {
    for code in [600, 799, 999] {
        let found = findings(code, &[], Content::Empty);
        assert_eq!(summary(&found), [(Level::Note, None, "invalid-code", Some("15"))], "{code}");
        assert!(found[0].to_string().starts_with(&format!("{code} is outside 100 to 599")), "{}", found[0]);
    }
}

#[test]
fn framing_conflicts() {
    let chunked = [("content-length", "5"), ("transfer-encoding", "chunked")];
    let found = findings(200, &chunked, Content::Present(Some(5)));
    assert_eq!(summary(&found), [(Level::MustNot, Some("Content-Length"), "content-length-with-transfer-encoding", Some("6.2"))]);
    assert_eq!(found[0].spec.url, "https://www.rfc-editor.org/rfc/rfc9112#section-6.2");
    for differing in [&[("content-length", "5"), ("content-length", "7")][..], &[("content-length", "5, 7")]] {
        let found = findings(200, differing, Content::Present(Some(5)));
        assert_eq!(summary(&found), [(Level::MustNot, Some("Content-Length"), "differing-content-lengths", Some("8.6"))], "{differing:?}");
    }
    for repeated in [&[("content-length", "5"), ("content-length", "5")][..], &[("content-length", "5, 05")]] {
        let found = findings(200, repeated, Content::Present(Some(5)));
        assert_eq!(summary(&found), [(Level::Note, Some("Content-Length"), "repeated-content-length", Some("8.6"))], "{repeated:?}");
    }
    assert!(findings(200, &[("content-length", "5")], Content::Present(Some(5))).is_empty());
}

#[test]
fn a_304_repeats_what_its_200_carries() {
    let mut ok = http::HeaderMap::new();
    for (name, value) in
        [("etag", "\"v1\""), ("date", "Tue, 01 Sep 2026 10:00:00 GMT"), ("vary", "Accept-Encoding"), ("content-type", "text/plain")]
    {
        ok.insert(name, value.parse().unwrap());
    }
    let mut not_modified = http::HeaderMap::new();
    not_modified.insert("etag", "\"v1\"".parse().unwrap());
    let message = Message::new(http::StatusCode::NOT_MODIFIED, &not_modified, Content::Empty);
    // Without the 200, the conditional rules cannot be decided.
    assert_eq!(message.findings().count(), 0);
    let found: Vec<(Level, Option<&str>)> =
        message.with_ok_response(&ok).findings().map(|finding| (finding.level, finding.field)).collect();
    assert_eq!(found, [(Level::Must, Some("Date")), (Level::Must, Some("Vary"))]);
}
