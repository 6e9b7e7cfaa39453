//! With the `http` feature: every status converts to `http::StatusCode` and back.
#![cfg(feature = "http")]

use status_atlas::Status;

#[test]
fn every_status_round_trips_through_http() {
    for status in Status::ALL {
        let code = http::StatusCode::from(*status);
        assert_eq!(code.as_u16(), status.code());
        assert_eq!(Status::try_from(code), Ok(*status));
        assert_eq!(*status, code);
        assert_eq!(code, *status);
    }
}

#[test]
fn http_codes_outside_the_dataset_are_rejected() {
    let code = http::StatusCode::from_u16(299).unwrap();
    assert_eq!(Status::try_from(code), Err(status_atlas::ParseStatusError::UnknownCode(299)));
}

#[test]
fn http_crate_names_resolve() {
    for status in Status::ALL {
        let code = http::StatusCode::from(*status);
        if let Some(reason) = code.canonical_reason() {
            assert_eq!(Status::lookup(reason), Some(*status), "http's phrase `{reason}`");
        }
    }
}
