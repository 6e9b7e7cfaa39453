//! Property: every response a derived `TypedResponse` produces, through `http::Response`'s
//! `TryFrom`, breaks no MUST or MUST NOT at run time. The derive and the checker read the same
//! dataset, so what one accepts the other passes.

use std::time::Duration;

use http::{Method, StatusCode};
use proptest::prelude::*;
use status_atlas::TypedResponse;
use status_atlas::conformance::{Content, Finding, Message, Request};

/// One variant per kind of rule: plain, bodiless, header-carrying, unofficial and reserved.
#[derive(TypedResponse, Clone, Debug)]
enum Everything {
    #[status(OK)]
    Ok(String),
    #[status(CREATED)]
    Created {
        #[header(LOCATION)]
        location: String,
        body: String,
    },
    #[status(ACCEPTED)]
    Accepted,
    #[status(NO_CONTENT)]
    NoContent {
        #[header(ETAG)]
        etag: Option<String>,
    },
    #[status(RESET_CONTENT)]
    ResetContent,
    #[status(PARTIAL_CONTENT)]
    Partial {
        #[header(CONTENT_RANGE)]
        range: String,
        body: String,
    },
    #[status(MOVED_PERMANENTLY)]
    Moved {
        #[header(LOCATION)]
        location: String,
    },
    #[status(NOT_MODIFIED)]
    NotModified {
        #[header(ETAG)]
        etag: String,
    },
    #[status(UNAUTHORIZED)]
    Unauthorized {
        #[header(WWW_AUTHENTICATE)]
        challenge: String,
    },
    #[status(METHOD_NOT_ALLOWED)]
    WrongMethod {
        #[header(ALLOW)]
        allow: &'static [Method],
        body: String,
    },
    #[status(PROXY_AUTHENTICATION_REQUIRED)]
    ProxyAuth {
        #[header(PROXY_AUTHENTICATE)]
        challenge: String,
    },
    #[status(UPGRADE_REQUIRED)]
    Upgrade {
        #[header(UPGRADE)]
        protocol: String,
    },
    #[status(TOO_MANY_REQUESTS)]
    TooMany {
        #[header(RETRY_AFTER)]
        retry_after: Option<Duration>,
    },
    #[status(IM_A_TEAPOT)]
    Teapot(String),
    #[status(444)]
    Closed,
}

const METHODS: [&[Method]; 3] = [&[], &[Method::GET, Method::HEAD], &[Method::GET, Method::PUT, Method::DELETE]];

fn everything() -> impl Strategy<Value = Everything> {
    let text = "[ -~]{0,40}";
    let token = "[!#$%&'*+.^_`|~0-9A-Za-z-]{1,20}";
    prop_oneof![
        text.prop_map(Everything::Ok),
        (token, text).prop_map(|(location, body)| Everything::Created { location: format!("/{location}"), body }),
        Just(Everything::Accepted),
        proptest::option::of(token).prop_map(|etag| Everything::NoContent { etag: etag.map(|tag| format!("\"{tag}\"")) }),
        Just(Everything::ResetContent),
        (0u32..1000, text).prop_map(|(start, body)| Everything::Partial { range: format!("bytes {start}-{}/*", start + 10), body }),
        token.prop_map(|location| Everything::Moved { location: format!("/{location}") }),
        token.prop_map(|etag| Everything::NotModified { etag: format!("W/\"{etag}\"") }),
        token.prop_map(|realm| Everything::Unauthorized { challenge: format!("Bearer realm=\"{realm}\"") }),
        (0..METHODS.len(), text).prop_map(|(index, body)| Everything::WrongMethod { allow: METHODS[index], body }),
        token.prop_map(|realm| Everything::ProxyAuth { challenge: format!("Basic realm=\"{realm}\"") }),
        token.prop_map(|protocol| Everything::Upgrade { protocol }),
        proptest::option::of(0u64..86_400).prop_map(|seconds| Everything::TooMany { retry_after: seconds.map(Duration::from_secs) }),
        text.prop_map(Everything::Teapot),
        Just(Everything::Closed),
    ]
}

fn method() -> impl Strategy<Value = Method> {
    prop_oneof![Just(Method::GET), Just(Method::POST), Just(Method::PUT), Just(Method::DELETE), Just(Method::PATCH)]
}

proptest! {
    #[test]
    fn derived_responses_break_no_must(value in everything(), method in method()) {
        let status = value.status();
        let response = http::Response::<String>::try_from(value).expect("valid header fields");
        prop_assert_eq!(response.status(), StatusCode::from(status));
        // The request: any method but HEAD (which must strip the body, a transport's job), and
        // the fields a 206 answers.
        let mut request = http::Request::builder().method(method);
        if status.code() == 206 {
            request = request.header("range", "bytes=0-10");
        }
        let request = request.body(()).unwrap();
        let message = Message::from_response(&response).with_request(Request::of(&request));
        let broken: Vec<Finding> = message.findings().filter(|finding| finding.level.is_must()).collect();
        prop_assert!(broken.is_empty(), "{}: {:?}", status, broken.iter().map(ToString::to_string).collect::<Vec<_>>());
    }
}

/// The derive checks bodies and required fields, not fields a status forbids: a `Content-Length`
/// field declared on a 204 compiles, and the run-time check is what catches it.
#[test]
fn the_check_catches_what_the_derive_lets_through() {
    #[derive(TypedResponse)]
    #[status(NO_CONTENT)]
    struct Deleted {
        #[header(CONTENT_LENGTH)]
        length: u64,
    }
    let response = http::Response::<String>::try_from(Deleted { length: 0 }).expect("a valid field");
    let message = Message::new(response.status(), response.headers(), Content::Empty);
    let broken: Vec<Option<&str>> = message.findings().filter(|finding| finding.level.is_must()).map(|finding| finding.field).collect();
    assert_eq!(broken, [Some("Content-Length")]);
}
