//! With `utoipa`, a derived type lists its statuses as OpenAPI responses: one entry per status,
//! described by the variants' doc comments or, without them, by the dataset.

use status_atlas::{Status, TypedResponse};
use utoipa::IntoResponses;
use utoipa::openapi::RefOr;

#[derive(TypedResponse)]
#[allow(dead_code)]
enum DeleteUser {
    /// The user was deleted.
    #[status(NO_CONTENT)]
    Deleted,
    /// No user has this id.
    #[status(NOT_FOUND)]
    NoUser(String),
    /// The user's team is gone too.
    #[status(404)]
    NoTeam(String),
    #[status(CONFLICT)]
    Conflict(String),
    #[status(METHOD_NOT_ALLOWED)]
    WrongMethod {
        #[header(ALLOW)]
        allow: String,
    },
}

fn description(responses: &utoipa::openapi::Responses, code: &str) -> String {
    match &responses.responses[code] {
        RefOr::T(response) => response.description.clone(),
        RefOr::Ref(_) => panic!("an inline response"),
    }
}

#[test]
fn one_entry_per_status_with_descriptions() {
    let map = DeleteUser::responses();
    assert_eq!(map.keys().map(String::as_str).collect::<Vec<_>>(), ["204", "404", "405", "409"]);
    let responses = utoipa::openapi::ResponsesBuilder::new().responses_from_into_responses::<DeleteUser>().build();
    assert_eq!(description(&responses, "204"), "The user was deleted.");
    assert_eq!(description(&responses, "404"), "No user has this id.\n\nThe user's team is gone too.");
    let conflict = Status::CONFLICT;
    assert_eq!(description(&responses, "409"), format!("{}: {}", conflict.reason(), conflict.summary()));
}

#[test]
fn header_fields_are_documented() {
    let map = DeleteUser::responses();
    let RefOr::T(response) = &map["405"] else { panic!("an inline response") };
    let allow = &response.headers["allow"];
    assert_eq!(allow.description.as_deref(), Some(Status::METHOD_NOT_ALLOWED.headers()[0].note));
    assert!(DeleteUser::STATUSES.len() > map.len(), "duplicates were merged");
}
