//! Derived response types convert to `http::Response<B>` for any body type every variant's body
//! converts into.

use status_atlas::TypedResponse;

#[derive(TypedResponse)]
enum DeleteUser {
    #[status(NO_CONTENT)]
    Deleted,
    #[status(404)]
    NotFound(&'static str),
    #[status(METHOD_NOT_ALLOWED)]
    WrongMethod {
        #[header(ALLOW)]
        allow: &'static [http::Method],
        reason: String,
    },
}

#[derive(TypedResponse)]
#[status(NOT_MODIFIED)]
struct NotModified {
    #[header(ETAG)]
    etag: String,
}

#[test]
fn status_header_fields_and_body() {
    let response = http::Response::<String>::try_from(DeleteUser::WrongMethod {
        allow: &[http::Method::GET, http::Method::HEAD],
        reason: "read-only".into(),
    })
    .expect("valid fields");
    assert_eq!(response.status(), http::StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(response.headers()["allow"], "GET, HEAD");
    assert_eq!(response.body(), "read-only");

    let response = http::Response::<String>::try_from(DeleteUser::NotFound("no user 7")).expect("no fields");
    assert_eq!((response.status().as_u16(), response.body().as_str()), (404, "no user 7"));
}

#[test]
fn no_content_and_not_modified_carry_no_body_and_no_content_length() {
    let response = http::Response::<String>::try_from(DeleteUser::Deleted).expect("no fields");
    assert_eq!(response.status(), http::StatusCode::NO_CONTENT);
    assert!(response.body().is_empty());
    assert!(response.headers().is_empty(), "{:?}", response.headers());

    let response = http::Response::<Vec<u8>>::try_from(NotModified { etag: "\"v2\"".into() }).expect("a valid ETag");
    assert_eq!(response.status(), http::StatusCode::NOT_MODIFIED);
    assert!(response.body().is_empty());
    assert_eq!(response.headers().len(), 1);
    assert_eq!(response.headers()["etag"], "\"v2\"");
    assert!(!response.headers().contains_key(http::header::CONTENT_LENGTH));
}

#[test]
fn an_invalid_field_value_is_an_error_naming_the_field() {
    let error = http::Response::<String>::try_from(NotModified { etag: "\"v2\"\r\nSet-Cookie: x=1".into() }).expect_err("a line break");
    assert_eq!(error.field(), "etag");
    assert!(error.to_string().contains("`etag`"), "{error}");
    let _: &dyn std::error::Error = &error;
}

#[derive(TypedResponse)]
#[status(UNAUTHORIZED)]
struct SignIn {
    #[header(WWW_AUTHENTICATE)]
    challenge: String,
}

#[derive(TypedResponse)]
#[status(UPGRADE_REQUIRED)]
struct UseWebSocket {
    #[header(UPGRADE)]
    upgrade: &'static str,
}

#[test]
fn an_empty_value_for_a_required_field_is_an_error() {
    let error = http::Response::<String>::try_from(SignIn { challenge: String::new() }).expect_err("an empty challenge");
    assert_eq!(error.field(), "www-authenticate");
    assert!(error.to_string().contains("`www-authenticate` is empty"), "{error}");
    assert!(error.to_string().contains("401 Unauthorized"), "{error}");
    let error = http::Response::<String>::try_from(UseWebSocket { upgrade: "" }).expect_err("an empty Upgrade");
    assert_eq!(error.field(), "upgrade");

    let response = http::Response::<String>::try_from(SignIn { challenge: "Basic realm=\"docs\"".into() }).expect("a challenge");
    assert_eq!(response.headers()["www-authenticate"], "Basic realm=\"docs\"");
}

#[test]
fn an_empty_allow_is_sent_because_rfc_9110_allows_it() {
    // RFC 9110 §10.2.1: an empty Allow says the resource allows no method at the moment.
    let response =
        http::Response::<String>::try_from(DeleteUser::WrongMethod { allow: &[], reason: String::new() }).expect("an empty Allow");
    assert_eq!(response.headers()["allow"], "");
}
