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

/// A record serializes with the export schema's field names and order, its vocabulary as keys,
/// and what the schema derives from the record (`registered`, `current`, each client's source).
#[test]
fn a_record_serializes_as_the_export_schema() {
    // serde_json's `Value` sorts keys here (no `preserve_order`): the text shows the order.
    let text = serde_json::to_string(Status::SEE_OTHER.record()).unwrap();
    assert!(
        text.starts_with(r#"{"code":303,"reason":"See Other","class":"redirection","const_name":"SEE_OTHER","registered":true,"#),
        "{text}"
    );
    assert!(text.contains(r#""null_body":[],"alias_history":[{"ecosystem":"rails","name":":see_other","current":true,"#), "{text}");
    let record = serde_json::to_value(Status::SEE_OTHER.record()).unwrap();
    assert_eq!(record["code"], 303);
    assert_eq!(record["class"], "redirection");
    assert_eq!(record["registration"], "permanent");
    assert_eq!(record["registered"], true);
    assert_eq!(record["spec"]["section"], "15.4.4");
    assert_eq!(record["aliases"]["go"], serde_json::json!(["http.StatusSeeOther"]));
    assert_eq!(record["redirect"]["status"], true);
    let fetch = record["redirect"]["follows"].as_array().unwrap().iter().find(|follow| follow["client"] == "fetch").unwrap();
    assert_eq!(fetch["method"], "get_except_head");
    assert!(fetch["source"]["url"].as_str().unwrap().starts_with("https://"));
    let history = record["alias_history"].as_array().unwrap();
    assert!(history.iter().all(|alias| alias["current"].is_boolean() && alias["ecosystem"].is_string()));

    let allow = serde_json::to_value(Status::METHOD_NOT_ALLOWED.record()).unwrap();
    assert_eq!(allow["headers"][0]["field"], "Allow");
    assert_eq!(allow["headers"][0]["level"], "MUST");
    assert!(allow["related"].as_array().unwrap().iter().all(|related| related["code"].is_u64()));

    let unofficial = serde_json::to_value(Status::from_u16(499).unwrap().record()).unwrap();
    assert_eq!(unofficial["registered"], false);
    assert_eq!(unofficial["spec"], serde_json::Value::Null);
    assert_eq!(unofficial["origins"][0]["who"], "nginx");

    let retried = serde_json::to_value(Status::SERVICE_UNAVAILABLE.record()).unwrap();
    let curl = retried["retried_by"].as_array().unwrap().iter().find(|retry| retry["client"] == "curl").unwrap();
    assert_eq!(curl["current"], true);
    assert_eq!(curl["retry_after_since"], "7.66.0");
}
