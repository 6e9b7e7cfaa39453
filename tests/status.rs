//! The dataset's invariants, checked through the public API over the whole domain.

use std::collections::HashSet;

use status_atlas::{AMBIGUITIES, Class, Ecosystem, ParseStatusError, Registration, Status};

/// The IANA registry's codes (the list; 104 is a temporary registration).
const IANA: &[u16] = &[
    100, 101, 102, 103, 104, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 306, 307, 308, 400, 401, 402,
    403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423, 424, 425, 426, 428, 429, 431, 451, 500,
    501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
];

/// The heuristically cacheable codes: RFC 9110 section 15.1's list, and 451 (RFC 7725 section 3).
const CACHEABLE: &[u16] = &[200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501];

/// The codes RFC 9110 itself defines, in section 15.
const RFC_9110: &[u16] = &[
    100, 101, 200, 201, 202, 203, 204, 205, 206, 300, 301, 302, 303, 304, 305, 306, 307, 308, 400, 401, 402, 403, 404, 405, 406, 407, 408,
    409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 426, 500, 501, 502, 503, 504, 505,
];

#[test]
fn every_u16_round_trips_through_from_u16() {
    let all: HashSet<u16> = Status::ALL.iter().map(|status| status.code()).collect();
    for code in 0..=u16::MAX {
        if let Some(status) = Status::from_u16(code) {
            assert_eq!(status.code(), code);
            assert!(all.contains(&code));
            assert_eq!(Status::try_from(code), Ok(status));
            assert_eq!(u16::from(status), code);
        } else {
            assert!(!all.contains(&code), "{code} is in ALL but from_u16 rejects it");
            assert_eq!(Status::try_from(code), Err(ParseStatusError::UnknownCode(code)));
        }
    }
}

#[test]
fn all_is_ascending_and_complete() {
    assert!(Status::ALL.windows(2).all(|pair| pair[0] < pair[1] && pair[0].code() < pair[1].code()));
    let registered: Vec<u16> = Status::ALL.iter().filter(|status| status.is_registered()).map(|status| status.code()).collect();
    assert_eq!(registered, IANA);
    assert!(Status::ALL.len() > IANA.len() + 20, "the unofficial codes are missing");
}

#[test]
fn records_agree_with_their_statuses() {
    for status in Status::ALL {
        let record = status.record();
        assert_eq!(record.code, status.code());
        assert_eq!(Status::lookup(record.const_name), Some(*status));
        assert_eq!(Class::from_code(status.code()), Some(status.class()));
        assert_eq!(status.class().digit(), status.code() / 100);
        assert!(status.class().codes().contains(&status.code()));
        assert_eq!(status.to_string(), format!("{} {}", status.code(), status.reason()));
        assert!(!status.summary().is_empty() && status.summary().ends_with('.'), "{status}");
    }
}

#[test]
fn cacheable_by_default_follows_the_defining_spec() {
    let cacheable: Vec<u16> = Status::ALL.iter().filter(|status| status.is_cacheable_by_default()).map(|status| status.code()).collect();
    assert_eq!(cacheable, CACHEABLE);
    // 451 is defined outside RFC 9110, whose list names only its own codes; RFC 7725 makes it
    // cacheable by default, and the answer agrees with the rule recorded from that document.
    assert!(Status::UNAVAILABLE_FOR_LEGAL_REASONS.is_cacheable_by_default());
    let rule = Status::UNAVAILABLE_FOR_LEGAL_REASONS.record().cacheable_elsewhere.expect("451 carries RFC 7725's rule");
    assert!(rule.cacheable);
    assert_eq!((rule.spec.document, rule.spec.section), ("RFC 7725", Some("3")));
    // Every other rule from another document agrees with the flag too (428 and 511 forbid storing).
    for status in Status::ALL {
        if let Some(rule) = status.record().cacheable_elsewhere {
            assert_eq!(status.is_cacheable_by_default(), rule.cacheable, "{status}");
        }
    }
}

#[test]
fn content_is_never_allowed_for_1xx_204_205_304() {
    for status in Status::ALL {
        let forbidden = status.is_informational() || matches!(status.code(), 204 | 205 | 304);
        assert_eq!(status.body_allowed(), !forbidden, "{status}");
    }
}

#[test]
fn rfc_9110_codes_cite_their_section_15_subsection() {
    for status in Status::ALL {
        let spec = status.spec();
        if RFC_9110.contains(&status.code()) {
            let spec = spec.unwrap();
            assert_eq!(spec.document, "RFC 9110", "{status}");
            let section = spec.section.unwrap();
            assert!(section.starts_with(&format!("15.{}.", status.code() / 100 + 1)), "{status}: {section}");
            assert_eq!(spec.url, format!("https://www.rfc-editor.org/rfc/rfc9110#section-{section}"));
        } else if status.is_registered() {
            assert_ne!(spec.unwrap().document, "RFC 9110", "{status}");
        } else {
            assert!(spec.is_none() && !status.origins().is_empty(), "{status}");
        }
    }
    assert_eq!(Status::NO_CONTENT.previous_specs()[0].document, "RFC 7231");
    assert_eq!(Status::NO_CONTENT.previous_specs()[0].section, Some("6.3.5"));
}

#[test]
fn rfc_9110_phrases_and_registry_facts() {
    assert_eq!(Status::NON_AUTHORITATIVE_INFORMATION.reason(), "Non-Authoritative Information");
    assert_eq!(Status::CONTENT_TOO_LARGE.reason(), "Content Too Large");
    assert_eq!(Status::UNPROCESSABLE_CONTENT.reason(), "Unprocessable Content");
    assert_eq!(Status::IM_A_TEAPOT.registration(), Registration::Reserved);
    assert_eq!(Status::IM_A_TEAPOT.record().iana_description, Some("(Unused)"));
    assert_eq!(Status::UNUSED.registration(), Registration::Reserved);
    assert_eq!(Status::UPLOAD_RESUMPTION_SUPPORTED.registration(), Registration::Temporary);
    assert!(Status::CONTENT_TOO_LARGE.legacy_reasons().iter().any(|legacy| legacy.reason == "Payload Too Large"));
}

#[test]
fn required_header_fields_are_recorded() {
    let must = |status: Status, field: &str| {
        status.headers().iter().any(|rule| rule.field == field && rule.level == status_atlas::Requirement::Must)
    };
    assert!(must(Status::UNAUTHORIZED, "WWW-Authenticate"));
    assert!(must(Status::METHOD_NOT_ALLOWED, "Allow"));
    assert!(must(Status::PROXY_AUTHENTICATION_REQUIRED, "Proxy-Authenticate"));
    assert!(must(Status::UPGRADE_REQUIRED, "Upgrade"));
    assert!(must(Status::PARTIAL_CONTENT, "Content-Range"));
    for status in [Status::MOVED_PERMANENTLY, Status::FOUND, Status::TEMPORARY_REDIRECT, Status::PERMANENT_REDIRECT] {
        assert!(status.headers().iter().any(|rule| rule.field == "Location"), "{status}");
    }
    for status in [Status::TOO_MANY_REQUESTS, Status::SERVICE_UNAVAILABLE] {
        assert!(status.headers().iter().any(|rule| rule.field == "Retry-After"), "{status}");
    }
}

/// One header rule of a status: its level, whether it is conditional, and where it comes from.
fn rule(status: Status, field: &str) -> (status_atlas::Requirement, bool, &'static str, Option<&'static str>) {
    let rule = status.headers().iter().find(|rule| rule.field == field).unwrap_or_else(|| panic!("{status} has no {field} rule"));
    (rule.level, rule.conditional, rule.spec.document, rule.spec.section)
}

/// The header rules checked against the RFCs' wording, keyword by keyword.
#[test]
fn header_rules_match_the_rfc_keywords() {
    use status_atlas::Requirement::{Expected, Must, Should};
    // 415: Accept-Encoding is advice ("ought to") for a content-coding problem only; Accept-Patch
    // is a SHOULD for a PATCH with an unsupported patch format.
    assert_eq!(rule(Status::UNSUPPORTED_MEDIA_TYPE, "Accept-Encoding"), (Expected, true, "RFC 9110", Some("15.5.16")));
    assert_eq!(rule(Status::UNSUPPORTED_MEDIA_TYPE, "Accept-Patch"), (Should, true, "RFC 5789", Some("2.2")));
    // 413: Retry-After only if the condition is temporary.
    assert_eq!(rule(Status::CONTENT_TOO_LARGE, "Retry-After"), (Should, true, "RFC 9110", Some("15.5.14")));
    // 426: Connection with `upgrade` whenever Upgrade is sent, as on 101; HTTP/1.1 only.
    assert_eq!(rule(Status::UPGRADE_REQUIRED, "Connection"), (Must, true, "RFC 9110", Some("7.8")));
    assert_eq!(rule(Status::SWITCHING_PROTOCOLS, "Connection"), (Must, false, "RFC 9110", Some("7.8")));
    // 226: the current instance's ETag, in every 226.
    assert_eq!(rule(Status::IM_USED, "ETag"), (Must, false, "RFC 3229", Some("10.4.1")));
    // 200: validators only for GET and HEAD; 201: Location is a SHOULD of POST (9.3.3) only.
    assert_eq!(rule(Status::OK, "ETag"), (Should, true, "RFC 9110", Some("15.3.1")));
    assert_eq!(rule(Status::OK, "Last-Modified"), (Should, true, "RFC 9110", Some("15.3.1")));
    assert_eq!(rule(Status::CREATED, "Location"), (Should, true, "RFC 9110", Some("9.3.3")));
    // 300: Location only when the server has a preferred choice.
    assert_eq!(rule(Status::MULTIPLE_CHOICES, "Location"), (Should, true, "RFC 9110", Some("15.4.1")));
    // 451: the blocking entity SHOULD identify itself with Link.
    assert_eq!(rule(Status::UNAVAILABLE_FOR_LEGAL_REASONS, "Link"), (Should, false, "RFC 7725", Some("4")));
}

/// 104 cites the draft revision whose text the card states, with its levels.
#[test]
fn upload_resumption_follows_one_draft_revision() {
    use status_atlas::Requirement::{Must, Should};
    const DRAFT: &str = "draft-ietf-httpbis-resumable-upload-11";
    let spec = Status::UPLOAD_RESUMPTION_SUPPORTED.spec().unwrap();
    assert_eq!((spec.document, spec.section), (DRAFT, Some("5")));
    assert!(spec.url.ends_with("draft-ietf-httpbis-resumable-upload-11#section-5"), "{}", spec.url);
    let status = Status::UPLOAD_RESUMPTION_SUPPORTED;
    assert_eq!(rule(status, "Location"), (Must, true, DRAFT, Some("4.2.2")));
    assert_eq!(rule(status, "Upload-Limit"), (Must, true, DRAFT, Some("4.2.2")));
    assert_eq!(rule(status, "Upload-Offset"), (Should, true, DRAFT, Some("4.4.2")));
    assert_eq!(rule(status, "Upload-Draft-Interop-Version"), (Must, true, DRAFT, Some("B")));
    for rule in status.headers().iter().filter(|rule| rule.spec.document.starts_with("draft-")) {
        assert_eq!(rule.spec.document, DRAFT, "{}", rule.field);
        assert!(rule.spec.url.contains(DRAFT), "{}", rule.spec.url);
    }
}

#[test]
fn every_alias_resolves_to_its_status() {
    let mut count = 0;
    for status in Status::ALL {
        for alias in status.aliases() {
            count += 1;
            assert_eq!(Status::from_alias(alias.ecosystem, alias.name), Some(*status), "{alias:?}");
            assert_eq!(Status::from_alias(alias.ecosystem, alias.bare()), Some(*status), "{alias:?}");
            assert_resolves(alias.name, *status);
            assert_resolves(&alias.name.to_uppercase(), *status);
        }
        for ecosystem in Ecosystem::ALL {
            let current = status.aliases_in(ecosystem).find(|alias| alias.is_current()).map(|alias| alias.name);
            assert_eq!(status.alias(ecosystem), current, "{status} in {ecosystem}");
        }
    }
    assert!(count > 500, "only {count} aliases");
}

#[test]
fn every_phrase_resolves_to_its_status() {
    for status in Status::ALL {
        let mut texts = vec![status.reason().to_owned(), status.reason().to_lowercase(), status.code().to_string()];
        texts.extend(status.legacy_reasons().iter().map(|legacy| legacy.reason.to_owned()));
        texts.push(format!("Status::{}", status.record().const_name));
        texts.push(format!("  {}  ", status.reason().to_uppercase()));
        for text in texts {
            assert_resolves(&text, *status);
        }
        assert_eq!(status.to_string().parse(), Ok(*status));
        assert_eq!(format!("HTTP/1.1 {status}").parse(), Ok(*status));
    }
}

/// `lookup` finds `status` by `text`, unless `text` is a documented ambiguity that resolves to
/// another status (the registered one).
fn assert_resolves(text: &str, status: Status) {
    let found = Status::lookup(text);
    if found == Some(status) {
        return;
    }
    let documented = AMBIGUITIES.iter().any(|ambiguity| {
        ambiguity.text.eq_ignore_ascii_case(text.trim()) && ambiguity.also_names.contains(&status) && found == Some(ambiguity.resolves_to)
    });
    assert!(documented, "`{text}` finds {found:?}, not {status}, and no ambiguity documents it");
}

#[test]
fn ambiguities_resolve_to_the_registered_meaning() {
    for ambiguity in AMBIGUITIES {
        assert!(ambiguity.resolves_to.is_registered(), "{ambiguity:?}");
        assert!(ambiguity.also_names.iter().all(|other| !other.is_registered()), "{ambiguity:?}");
        assert_eq!(Status::lookup(ambiguity.text), Some(ambiguity.resolves_to));
    }
}

#[test]
fn legacy_and_renamed_names() {
    use Ecosystem::*;
    let cases: &[(Ecosystem, &str, Status)] = &[
        (Rails, ":unprocessable_entity", Status::UNPROCESSABLE_CONTENT),
        (Rails, ":unprocessable_content", Status::UNPROCESSABLE_CONTENT),
        (Rails, ":payload_too_large", Status::CONTENT_TOO_LARGE),
        (PythonHttpStatus, "http.HTTPStatus.REQUEST_ENTITY_TOO_LARGE", Status::CONTENT_TOO_LARGE),
        (PythonHttpStatus, "CONTENT_TOO_LARGE", Status::CONTENT_TOO_LARGE),
        (Python3, "http.client.UNPROCESSABLE_ENTITY", Status::UNPROCESSABLE_CONTENT),
        (DotNet, "HttpStatusCode.UnprocessableContent", Status::UNPROCESSABLE_CONTENT),
        (DotNet, "Redirect", Status::FOUND),
        (Go, "http.StatusNonAuthoritativeInfo", Status::NON_AUTHORITATIVE_INFORMATION),
        (Go, "http.StatusProxyAuthRequired", Status::PROXY_AUTHENTICATION_REQUIRED),
        (Java, "HttpURLConnection.HTTP_MOVED_TEMP", Status::FOUND),
        (Java, "java.net.HttpURLConnection.HTTP_CLIENT_TIMEOUT", Status::REQUEST_TIMEOUT),
        (Java, "HTTP_VERSION", Status::HTTP_VERSION_NOT_SUPPORTED),
        (Symfony, "\\Symfony\\Component\\HttpFoundation\\Response::HTTP_NO_CONTENT", Status::NO_CONTENT),
        (RustHttp, "http::StatusCode::PAYLOAD_TOO_LARGE", Status::CONTENT_TOO_LARGE),
        (Node, "Unprocessable Entity", Status::UNPROCESSABLE_CONTENT),
        (Python2, "httplib.NO_CONTENT", Status::NO_CONTENT),
    ];
    for (ecosystem, name, status) in cases {
        assert_eq!(Status::from_alias(*ecosystem, name), Some(*status), "{ecosystem} {name}");
        assert_eq!(Status::lookup(name), Some(*status), "lookup {name}");
    }
    assert_eq!(Status::CONTENT_TOO_LARGE.alias(Rails), Some(":content_too_large"));
    assert_eq!(Status::CONTENT_TOO_LARGE.alias(PythonHttpStatus), Some("http.HTTPStatus.CONTENT_TOO_LARGE"));
    assert_eq!(Status::NO_CONTENT.alias(Go), Some("http.StatusNoContent"));
    assert_eq!(Status::NO_CONTENT.alias(Symfony), Some("Response::HTTP_NO_CONTENT"));
    assert_eq!(Status::NO_CONTENT.alias(Node), Some("No Content"));
    assert_eq!(Status::NO_CONTENT.alias(DotNet), Some("HttpStatusCode.NoContent"));
    assert_eq!(Status::NO_CONTENT.alias(Java), Some("HttpURLConnection.HTTP_NO_CONTENT"));
    assert_eq!(Status::IM_A_TEAPOT.alias(Java), None);
    // Identifiers are case-sensitive in from_alias; lookup is the lenient one.
    assert_eq!(Status::from_alias(Go, "http.statusnocontent"), None);
    assert_eq!(Status::from_alias(Go, ":no_content"), None);
}

#[test]
#[allow(deprecated)]
fn http_crate_names_are_deprecated_consts() {
    assert_eq!(Status::PAYLOAD_TOO_LARGE, Status::CONTENT_TOO_LARGE);
    assert_eq!(Status::UNPROCESSABLE_ENTITY, Status::UNPROCESSABLE_CONTENT);
}

#[test]
fn parse_errors_say_what_was_wrong() {
    assert_eq!("".parse::<Status>(), Err(ParseStatusError::Empty));
    assert_eq!("   ".parse::<Status>(), Err(ParseStatusError::Empty));
    assert_eq!("42".parse::<Status>(), Err(ParseStatusError::NotThreeDigits));
    assert_eq!("1000".parse::<Status>(), Err(ParseStatusError::NotThreeDigits));
    assert_eq!("299".parse::<Status>(), Err(ParseStatusError::UnknownCode(299)));
    assert_eq!("999 Nope".parse::<Status>(), Err(ParseStatusError::UnknownCode(999)));
    assert_eq!("204 Not Found".parse::<Status>(), Err(ParseStatusError::ReasonMismatch { code: 204 }));
    assert_eq!("204 Gibberish".parse::<Status>(), Err(ParseStatusError::ReasonMismatch { code: 204 }));
    assert_eq!("Not A Status".parse::<Status>(), Err(ParseStatusError::UnknownName));
    assert_eq!("204abc".parse::<Status>(), Err(ParseStatusError::UnknownName));
    assert_eq!("x".repeat(10_000).parse::<Status>(), Err(ParseStatusError::UnknownName));
    assert_eq!("ÄÖÜ no content".parse::<Status>(), Err(ParseStatusError::UnknownName));
    assert_eq!(ParseStatusError::UnknownCode(299).to_string(), "299 is not a status code in the dataset");
}

#[test]
fn const_context() {
    const REASON: &str = Status::NO_CONTENT.reason();
    const CODE: u16 = Status::IM_A_TEAPOT.code();
    const FOUND: Option<Status> = Status::from_u16(404);
    const CACHEABLE: [bool; 2] = [Status::GONE.is_cacheable_by_default(), Status::CREATED.is_cacheable_by_default()];
    const GO: Option<&str> = Status::IM_A_TEAPOT.alias(Ecosystem::Go);
    assert_eq!(REASON, "No Content");
    assert_eq!(CODE, 418);
    assert_eq!(FOUND, Some(Status::NOT_FOUND));
    assert_eq!(CACHEABLE, [true, false]);
    assert_eq!(GO, Some("http.StatusTeapot"));
}

#[test]
fn related_codes_point_elsewhere() {
    for status in Status::ALL {
        for related in status.related() {
            assert_ne!(related.status, *status);
            assert!(Status::ALL.contains(&related.status));
        }
    }
}

#[test]
fn every_code_has_reference_content() {
    for status in Status::ALL {
        let description = status.description();
        let words = description.split_whitespace().count();
        let paragraphs = description.split("\n\n").count();
        assert!(words >= 60 && (1..=3).contains(&paragraphs), "{status}: {words} words in {paragraphs} paragraphs");
        assert!(description.contains(&status.code().to_string()) || description.contains(status.reason()), "{status}");
        assert!(!status.related().is_empty(), "{status} relates to no other code");
        for method in status.methods() {
            assert!(method.chars().all(|c| c.is_ascii_uppercase()), "{status}: {method}");
        }
        if !status.is_registered() {
            assert!(status.origins().iter().all(|origin| !origin.who.is_empty() && !origin.note.is_empty()));
        }
    }
}

/// The header fields a `TypedResponse` must give a way to send: the unconditional MUSTs for final
/// statuses (RFC 3229 10.4.1; RFC 9110 15.5.2, 15.5.6, 15.5.8, 15.5.22). Conditional ones (206's
/// Content-Range, 304's validators, 426's Connection) are marked so and left to the handler.
#[test]
fn unconditional_must_header_fields_of_final_statuses() {
    use status_atlas::Requirement;
    let required: Vec<(u16, &str)> = Status::ALL
        .iter()
        .filter(|status| !status.is_informational())
        .flat_map(|status| {
            status
                .headers()
                .iter()
                .filter(|rule| rule.level == Requirement::Must && !rule.conditional)
                .map(|rule| (status.code(), rule.field))
        })
        .collect();
    assert_eq!(required, [(226, "ETag"), (401, "WWW-Authenticate"), (405, "Allow"), (407, "Proxy-Authenticate"), (426, "Upgrade")]);
    assert!(Status::PARTIAL_CONTENT.headers().iter().any(|rule| rule.field == "Content-Range" && rule.conditional));
}

#[test]
fn every_origin_phrase_finds_its_code() {
    for status in Status::ALL {
        for phrase in status.origins().iter().filter_map(|origin| origin.phrase) {
            let found = Status::lookup(phrase);
            let documented = status_atlas::AMBIGUITIES
                .iter()
                .any(|ambiguity| Some(ambiguity.resolves_to) == found && ambiguity.also_names.contains(status));
            assert!(found == Some(*status) || documented, "`{phrase}` finds {found:?}, not {status}");
        }
    }
    assert_eq!(Status::lookup("Site is frozen"), Status::from_u16(530));
    assert_eq!(Status::lookup("Method Failure"), Status::from_u16(420));
    assert_eq!(Status::lookup("Token Required"), Status::from_u16(499));
}

#[test]
fn lookups_read_typographic_text_as_typed_text() {
    assert_eq!(Status::lookup("I\u{2019}m a teapot"), Some(Status::IM_A_TEAPOT));
    assert_eq!(Status::lookup("i\u{2018}M A TEAPOT"), Some(Status::IM_A_TEAPOT));
    assert_eq!(Status::lookup("Not\u{a0}Found"), Some(Status::NOT_FOUND));
    assert_eq!(Status::lookup("not   found"), Some(Status::NOT_FOUND));
    assert_eq!(Status::lookup("Non -  Authoritative\tInformation"), Some(Status::NON_AUTHORITATIVE_INFORMATION));
    assert_eq!(Status::lookup("404\u{a0}Not\u{a0}Found"), Some(Status::NOT_FOUND));
    assert_eq!(Status::lookup("status_atlas::Status::NO_CONTENT"), Some(Status::NO_CONTENT));
    assert_eq!(Status::lookup("status_atlas::Status::PAYLOAD_TOO_LARGE"), Some(Status::CONTENT_TOO_LARGE));
    assert_eq!(Status::lookup("Not Found\u{200b}"), None);
}
