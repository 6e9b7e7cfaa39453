//! With the `serde` feature: a status is its number on the wire.
#![cfg(feature = "serde")]

use status_atlas::Status;

#[test]
fn every_status_round_trips_through_json() {
    for status in Status::ALL {
        let json = serde_json::to_string(status).unwrap();
        assert_eq!(json, status.code().to_string());
        assert_eq!(serde_json::from_str::<Status>(&json).unwrap(), *status);
    }
}

#[test]
fn unknown_codes_are_an_error() {
    let error = serde_json::from_str::<Status>("299").unwrap_err();
    assert!(error.to_string().contains("299"), "{error}");
    assert!(serde_json::from_str::<Status>("\"204\"").is_err());
    assert!(serde_json::from_str::<Status>("70000").is_err());
}
