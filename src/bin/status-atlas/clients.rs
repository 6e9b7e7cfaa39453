//! The "Clients" section of a card: who follows, retries or reads no body from a status, in the
//! words of the docs cards (`build/doc.rs`, `client_sentences`).

use status_atlas::{Client, MethodRewrite, RetryCondition, Status};

/// The statuses a client filter of `list` selects (`redirect`, `null-body`, `followed-by-curl`,
/// `retried-by-go-http`), or `None` when `filter` (lower-cased, `_` read as `-`) is not one.
pub(crate) fn select(filter: &str) -> Option<Vec<Status>> {
    let client = |name: &str| Client::ALL.into_iter().find(|client| client.key().replace('_', "-") == name);
    let keep: Box<dyn Fn(Status) -> bool> = if filter == "redirect" {
        Box::new(Status::is_redirect)
    } else if filter == "null-body" {
        Box::new(|status: Status| !status.null_body_for().is_empty())
    } else if let Some(client) = filter.strip_prefix("retried-by-").and_then(client) {
        Box::new(move |status: Status| status.is_retried_by(client))
    } else if let Some(client) = filter.strip_prefix("followed-by-").and_then(client) {
        Box::new(move |status: Status| status.is_followed_by(client))
    } else {
        return None;
    };
    Some(Status::ALL.iter().copied().filter(|status| keep(*status)).collect())
}

/// One sentence per fact: "Browsers (Fetch) follow it; a POST becomes a GET."
pub(crate) fn sentences(status: Status) -> Vec<String> {
    let mut sentences = Vec::new();
    // Clients that rewrite the method alike share a sentence, in the order they first appear.
    let mut groups: Vec<(Option<&str>, Vec<String>)> = Vec::new();
    for redirect in status.redirect() {
        let phrase = redirect.method.map(MethodRewrite::phrase);
        let name = match redirect.since {
            Some(since) => format!("{} (since {since})", redirect.client.name()),
            None => redirect.client.name().to_owned(),
        };
        match groups.iter_mut().find(|(other, _)| *other == phrase) {
            Some((_, names)) => names.push(name),
            None => groups.push((phrase, vec![name])),
        }
    }
    for (phrase, names) in groups {
        let verb = if names.len() == 1 && !names[0].starts_with(Client::Fetch.name()) { "follows" } else { "follow" };
        sentences.push(match phrase {
            Some(phrase) => format!("{} {verb} it; {phrase}.", and_list(&names)),
            None => format!("{} {} it as a redirect.", and_list(&names), if names.len() == 1 { "lists" } else { "list" }),
        });
    }
    for retry in status.retried_by() {
        let methods = if retry.methods.is_empty() { String::new() } else { format!(", for {} requests", and_list(retry.methods)) };
        let mut remarks = Vec::new();
        match (retry.since, retry.until) {
            (Some(since), Some(until)) => remarks.push(format!("from {since} until {until}")),
            (Some(since), None) => remarks.push(format!("since {since}")),
            _ => {}
        }
        if let Some(since) =
            retry.client.info().honours_retry_after.filter(|_| retry.condition != RetryCondition::RetryAfter && retry.is_current())
        {
            remarks.push(format!("Retry-After honoured since {since}"));
        }
        let remarks = if remarks.is_empty() { String::new() } else { format!(" ({})", remarks.join("; ")) };
        let verb = if retry.until.is_some() { "retried it" } else { retry.condition.phrase() };
        sentences.push(format!("{} {verb}{methods}{remarks}.", retry.client.name()));
    }
    if !status.null_body_for().is_empty() {
        let names: Vec<&str> = status.null_body_for().iter().map(|client| client.name()).collect();
        let verb = if status.null_body_for() == [Client::Fetch] || names.len() > 1 { "treat" } else { "treats" };
        sentences.push(format!("{} {verb} it as having no body.", and_list(&names)));
    }
    sentences
}

/// `a`, `a and b`, `a, b and c`.
fn and_list(items: &[impl AsRef<str>]) -> String {
    let items: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    match &items[..] {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}
