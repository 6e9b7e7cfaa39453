//! `#[derive(TypedResponse)]` on the shapes users write, compiled under strict lints so the
//! expansion never warns in a user's crate (clippy runs this file with `--all-targets`).
#![deny(warnings)]
#![deny(clippy::pedantic)]
// These types are built but their fields never read back: without a framework feature nothing
// else reads them either (the workspace's `--no-default-features` run has `derive` alone).
#![allow(dead_code)]

use std::marker::PhantomData;

use status_atlas::{Status, TypedResponse};

#[derive(TypedResponse)]
enum DeleteUser {
    /// The user is gone.
    #[status(NO_CONTENT)]
    Deleted,
    #[status(404)]
    NotFound(String),
    #[status(CONFLICT)]
    Conflict { reason: String },
}

// A body every framework can send: with one framework feature on, the derive requires it.
#[derive(TypedResponse)]
#[status(CREATED)]
struct Created(&'static str);

#[derive(TypedResponse)]
#[status(OK)]
struct Unit;

/// Every form of `#[status(..)]`, and fields of every role.
#[derive(TypedResponse)]
enum Forms<T, E: Clone>
where
    T: Default,
{
    #[status(rails = "unprocessable_entity")]
    RailsLegacy(T),
    #[status(rails = ":unprocessable_content")]
    RailsQualified { body: T },
    #[status(go = "StatusTeapot")]
    Go,
    #[status(python_httpstatus = "http.HTTPStatus.REQUEST_ENTITY_TOO_LARGE")]
    PythonLegacy(E),
    #[status(node = "Too Many Requests")]
    Node {
        #[header(RETRY_AFTER)]
        retry_after: u32,
    },
    #[status(499)]
    Unofficial(PhantomData<E>),
    #[status(METHOD_NOT_ALLOWED)]
    Wrong(#[header(ALLOW)] &'static str, #[header("x-request-id")] Option<String>, String),
    #[status(UNAUTHORIZED)]
    Challenge {
        #[header(WWW_AUTHENTICATE)]
        challenge: String,
        marker: PhantomData<T>,
        nothing: (),
    },
    #[status(NOT_FOUND)]
    AlsoNotFound,
}

/// The ecosystems added after the first ten resolve in `#[status(..)]` like them, bare or qualified.
#[derive(TypedResponse)]
enum LaterEcosystems {
    #[status(spring = "HttpStatus.PAYLOAD_TOO_LARGE")]
    SpringDeprecated,
    #[status(starlette = "HTTP_422_UNPROCESSABLE_CONTENT")]
    Starlette,
    #[status(drf = "rest_framework.status.HTTP_204_NO_CONTENT")]
    Drf,
    #[status(http_status_codes = "StatusCodes.IM_A_TEAPOT")]
    Npm,
    #[status(net_http = "Net::HTTPTooManyRequests")]
    Ruby,
    #[status(plug = ":gone")]
    Plug,
    #[status(ktor = "HttpStatusCode.ExpectationFailed")]
    Ktor,
}

#[test]
fn later_ecosystems_resolve() {
    let codes: Vec<u16> = LaterEcosystems::STATUSES.iter().map(|status| status.code()).collect();
    assert_eq!(codes, [413, 422, 204, 418, 429, 410, 417]);
}

#[derive(TypedResponse)]
enum Never {}

/// Lifetime and const parameters pass through to every impl.
#[derive(TypedResponse)]
enum Borrowed<'a, const N: usize> {
    #[status(OK)]
    Page(&'a str),
    #[status(PARTIAL_CONTENT)]
    Part([u8; N]),
}

/// A crate that re-exports status-atlas names it with `#[status_atlas(crate = "..")]`.
mod framework {
    pub(crate) use status_atlas as atlas;
}

#[derive(TypedResponse)]
#[status_atlas(crate = "crate::framework::atlas")]
#[status(ACCEPTED)]
struct Queued;

/// Header fields of every kind with doc comments, `#[body(..)]`, and a raw identifier (the
/// status consts are named after variants).
#[derive(TypedResponse)]
enum Report {
    #[status(OK)]
    Csv {
        /// Rows in the whole report.
        #[header("x-total-count")]
        total: u128,
        #[header("x-offset")]
        offset: i64,
        #[header(LAST_MODIFIED)]
        modified: std::time::SystemTime,
        #[header("x-cache-for")]
        cache_for: Option<std::time::Duration>,
        #[body(content_type = "text/csv")]
        rows: Vec<u8>,
    },
    #[status(NOT_FOUND)]
    r#Type,
}

// STATUSES is a const: usable in const items.
const DELETE_STATUSES: &[Status] = DeleteUser::STATUSES;

#[test]
fn statuses_follow_declaration_order() {
    assert_eq!(DELETE_STATUSES, [Status::NO_CONTENT, Status::NOT_FOUND, Status::CONFLICT]);
    assert_eq!(Created::STATUSES, [Status::CREATED]);
    assert_eq!(Unit::STATUSES, [Status::OK]);
    assert_eq!(Queued::STATUSES, [Status::ACCEPTED]);
    assert_eq!(Report::STATUSES, [Status::OK, Status::NOT_FOUND]);
    assert_eq!(Report::r#Type.status(), Status::NOT_FOUND);
    assert!(Never::STATUSES.is_empty());
    assert_eq!(Borrowed::<'static, 4>::STATUSES, [Status::OK, Status::PARTIAL_CONTENT]);
    assert_eq!(Borrowed::<2>::Part([1, 2]).status(), Status::PARTIAL_CONTENT);
    let codes: Vec<u16> = Forms::<String, u8>::STATUSES.iter().map(|status| status.code()).collect();
    assert_eq!(codes, [422, 422, 418, 413, 429, 499, 405, 401, 404]);
}

#[test]
fn status_of_each_value() {
    assert_eq!(DeleteUser::Deleted.status(), Status::NO_CONTENT);
    assert_eq!(DeleteUser::NotFound("gone".into()).status(), Status::NOT_FOUND);
    assert_eq!(DeleteUser::Conflict { reason: "busy".into() }.status(), Status::CONFLICT);
    assert_eq!(Created("/users/7").status(), Status::CREATED);
    assert_eq!(Unit.status(), Status::OK);
    let values: [Forms<String, u8>; 9] = [
        Forms::RailsLegacy(String::new()),
        Forms::RailsQualified { body: String::new() },
        Forms::Go,
        Forms::PythonLegacy(1),
        Forms::Node { retry_after: 30 },
        Forms::Unofficial(PhantomData),
        Forms::Wrong("GET", None, String::new()),
        Forms::Challenge { challenge: "Basic".into(), marker: PhantomData, nothing: () },
        Forms::AlsoNotFound,
    ];
    for (value, expected) in values.iter().zip(Forms::<String, u8>::STATUSES) {
        assert_eq!(value.status(), *expected);
    }
}

#[test]
fn a_status_shared_by_two_variants_is_listed_twice() {
    #[derive(TypedResponse)]
    enum Lookup {
        #[status(NOT_FOUND)]
        NoUser,
        #[status(NOT_FOUND)]
        NoTeam,
    }
    assert_eq!(Lookup::STATUSES, [Status::NOT_FOUND, Status::NOT_FOUND]);
    assert_eq!(Lookup::NoTeam.status(), Status::NOT_FOUND);
    assert_eq!(Lookup::NoUser.status(), Status::NOT_FOUND);
}

#[test]
fn works_through_a_generic_bound() {
    fn codes<R: TypedResponse>() -> Vec<u16> {
        R::STATUSES.iter().map(|status| status.code()).collect()
    }
    assert_eq!(codes::<DeleteUser>(), [204, 404, 409]);
}
