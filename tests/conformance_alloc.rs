//! A clean response is checked without allocating; a broken one allocates nothing either, since
//! findings are plain values computed by an iterator.

use http::{HeaderMap, HeaderValue, Method, StatusCode};
use status_atlas::conformance::{Content, Message, Request};

fn headers(fields: &[(&'static str, &'static str)]) -> HeaderMap {
    let mut headers = HeaderMap::new();
    for (name, value) in fields {
        headers.append(*name, HeaderValue::from_static(value));
    }
    headers
}

#[test]
fn checking_allocates_nothing() {
    let clean = headers(&[("etag", "\"v1\""), ("last-modified", "Tue, 01 Sep 2026 10:00:00 GMT"), ("content-length", "2")]);
    let no_content = HeaderMap::new();
    let broken = headers(&[("content-length", "5"), ("content-type", "text/plain")]);
    let request_headers = headers(&[("expect", "100-continue"), ("range", "bytes=0-9")]);
    let mut counts = (0, 0);
    let info = allocation_counter::measure(|| {
        let request = Request::new(&Method::GET, &request_headers);
        let ok = Message::new(StatusCode::OK, &clean, Content::Present(Some(2))).with_request(request);
        counts.0 += ok.findings().count();
        let deleted = Message::new(StatusCode::NO_CONTENT, &no_content, Content::Empty).with_request(request);
        counts.0 += deleted.findings().count();
        // A broken response: findings are values, so reporting them allocates nothing either.
        let stray = Message::new(StatusCode::NO_CONTENT, &broken, Content::Present(Some(5)));
        counts.1 += stray.findings().filter(|finding| finding.level.is_must()).count();
    });
    assert_eq!(counts, (0, 2), "the clean responses have no findings; the 204 with content has two");
    assert_eq!(info.count_total, 0, "{info:?}");
}

#[test]
fn the_counter_sees_allocations() {
    // Guards the test above: the counter is live in this binary.
    let info = allocation_counter::measure(|| {
        let mut headers = HeaderMap::new();
        headers.insert("allow", HeaderValue::from_static("GET"));
        std::hint::black_box(&headers);
    });
    assert!(info.count_total > 0);
}
