//! The JSON form of a status: the export schema, documented in the README. Fields keep the
//! documented order (`serde_json`'s `preserve_order`).

use serde_json::{Value, json};
use status_atlas::{Client, Ecosystem, MethodRewrite, Spec, Status};

fn spec(spec: &Spec) -> Value {
    json!({ "document": spec.document, "section": spec.section, "url": spec.url })
}

/// One status as a JSON object.
pub(crate) fn status(status: Status) -> Value {
    let record = status.record();
    let aliases: serde_json::Map<String, Value> = Ecosystem::ALL
        .into_iter()
        .map(|ecosystem| {
            let names: Vec<&str> = status.aliases_in(ecosystem).map(|alias| alias.name).collect();
            (ecosystem.key().to_owned(), json!(names))
        })
        .collect();
    let alias_history: Vec<Value> = status
        .aliases()
        .iter()
        .map(|alias| {
            json!({
                "ecosystem": alias.ecosystem.key(), "name": alias.name, "current": alias.is_current(),
                "since": alias.since, "legacy_since": alias.legacy_since, "removed_in": alias.removed_in,
                "deprecated": alias.deprecated, "note": alias.note,
            })
        })
        .collect();
    json!({
        "code": status.code(),
        "reason": status.reason(),
        "class": status.class().key(),
        "const_name": record.const_name,
        "registered": status.is_registered(),
        "registration": status.registration().key(),
        "registration_expires": status.registration_expires(),
        "obsoleted": status.is_obsoleted(),
        "iana_description": record.iana_description,
        "summary": status.summary(),
        "description": status.description(),
        "spec": status.spec().as_ref().map(spec),
        "previous_specs": status.previous_specs().iter().map(spec).collect::<Vec<_>>(),
        "legacy_reasons": status.legacy_reasons().iter().map(|legacy| json!({ "reason": legacy.reason, "source": legacy.source })).collect::<Vec<_>>(),
        "cacheable_by_default": status.is_cacheable_by_default(),
        "cacheable_elsewhere": record.cacheable_elsewhere.map(|rule| json!({ "cacheable": rule.cacheable, "spec": spec(&rule.spec), "note": rule.note })),
        "body_allowed": status.body_allowed(),
        "headers": status.headers().iter().map(|header| json!({
            "field": header.field, "level": header.level.keyword(), "conditional": header.conditional, "spec": spec(&header.spec), "note": header.note,
        })).collect::<Vec<_>>(),
        "methods": status.methods(),
        "related": status.related().iter().map(|related| json!({ "code": related.status.code(), "why": related.why })).collect::<Vec<_>>(),
        "notes": status.notes().iter().map(|note| json!({ "kind": note.kind.key(), "text": note.text })).collect::<Vec<_>>(),
        "origins": status.origins().iter().map(|origin| json!({
            "who": origin.who, "name": origin.name, "phrase": origin.phrase, "note": origin.note,
        })).collect::<Vec<_>>(),
        "aliases": aliases,
        "redirect": redirect(status),
        "retried_by": retried_by(status),
        "null_body": status.null_body_for().iter().map(|client| client.key()).collect::<Vec<_>>(),
        "alias_history": alias_history,
    })
}

/// Where a client's facts were read.
fn client_source(client: Client) -> Value {
    let info = client.info();
    json!({ "document": info.source.document, "section": info.source.section, "url": info.source.url, "version": info.version })
}

/// `{ status, follows }`: Fetch's redirect status, and each client that follows the code.
fn redirect(status: Status) -> Value {
    let follows: Vec<Value> = status
        .redirect()
        .iter()
        .map(|redirect| {
            json!({
                "client": redirect.client.key(), "method": redirect.method.map(MethodRewrite::key),
                "since": redirect.since, "source": client_source(redirect.client),
            })
        })
        .collect();
    json!({ "status": status.is_redirect(), "follows": follows })
}

fn retried_by(status: Status) -> Value {
    let retries: Vec<Value> = status
        .retried_by()
        .iter()
        .map(|retry| {
            json!({
                "client": retry.client.key(), "condition": retry.condition.key(), "methods": retry.methods,
                "since": retry.since, "until": retry.until, "current": retry.is_current(),
                "retry_after_since": retry.client.info().honours_retry_after, "source": client_source(retry.client),
            })
        })
        .collect();
    Value::Array(retries)
}

/// Several statuses as a JSON array.
pub(crate) fn statuses(statuses: impl IntoIterator<Item = Status>) -> Value {
    Value::Array(statuses.into_iter().map(status).collect())
}

pub(crate) fn pretty(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_default();
    text.push('\n');
    text
}
