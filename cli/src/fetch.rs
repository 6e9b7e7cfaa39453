//! `check URL`: sends the request with ureq (rustls), so where each response ends is the
//! client's business and nothing is guessed. Redirects are followed one hop at a time with `-L`,
//! so every response on the way is checked, and a 200 with validators is asked again with its
//! conditions, so the 304 can be checked against it.

use std::io;
use std::time::Duration;

use http::header::{ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED, LOCATION};
use http::{HeaderMap, Method, StatusCode, Version};
use ureq::Agent;

use crate::check::request::Plan;

/// Hops followed with `-L` before giving up, as a loop guard.
const MAX_HOPS: usize = 20;

/// Why a response was asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// The request as given, or a hop of `-L`.
    Request,
    /// The conditional request sent after a 200 with `ETag` or `Last-Modified`.
    Conditional,
}

/// One request sent and the response to it.
pub(crate) struct Exchange {
    pub(crate) role: Role,
    pub(crate) method: Method,
    pub(crate) url: String,
    /// The header fields sent (beside those the client adds, such as `Host`).
    pub(crate) request_headers: HeaderMap,
    pub(crate) version: Version,
    pub(crate) status: StatusCode,
    pub(crate) headers: HeaderMap,
    /// Bytes of content received, after the transfer coding is undone.
    pub(crate) content_length: u64,
}

/// Sends the request `plan` describes to `url`; with `follow`, follows redirects; then the
/// conditional probe. Every exchange in order, or an error saying what failed.
pub(crate) fn fetch(url: &str, plan: &Plan, follow: bool, insecure: bool) -> Result<Vec<Exchange>, String> {
    let tls = ureq::tls::TlsConfig::builder().disable_verification(insecure).build();
    let agent: Agent = Agent::config_builder()
        .http_status_as_error(false)
        .max_redirects(0)
        .allow_non_standard_methods(true)
        .tls_config(tls)
        .timeout_global(Some(Duration::from_secs(30)))
        .build()
        .into();
    let mut exchanges = Vec::new();
    let mut url = url::Url::parse(url).map_err(|error| format!("`{url}` is not a URL: {error}"))?;
    let (mut method, mut body) = (plan.method.clone(), plan.body.clone());
    loop {
        let exchange = send(&agent, Role::Request, &method, &url, &plan.headers, body.as_deref())?;
        let location = exchange.headers.get(LOCATION).and_then(|value| value.to_str().ok()).map(str::to_owned);
        let status = exchange.status;
        exchanges.push(exchange);
        let Some(location) = location.filter(|_| follow && status.is_redirection()) else { break };
        if exchanges.len() > MAX_HOPS {
            return Err(format!("{url}: more than {MAX_HOPS} redirects"));
        }
        url = url.join(&location).map_err(|error| format!("{url}: the Location `{location}` is not a URL: {error}"))?;
        // As curl -L does: after 301, 302 or 303 a POST becomes a GET without content; 303 turns
        // any method but HEAD into GET.
        let to_get =
            (method == Method::POST && matches!(status.as_u16(), 301..=303)) || (status == StatusCode::SEE_OTHER && method != Method::HEAD);
        if to_get {
            (method, body) = (Method::GET, None);
        }
    }
    let last = exchanges.last().filter(|last| last.status == StatusCode::OK && matches!(last.method, Method::GET | Method::HEAD));
    if let Some(last) = last {
        let mut conditions = plan.headers.clone();
        if let Some(etag) = last.headers.get(ETAG) {
            conditions.insert(IF_NONE_MATCH, etag.clone());
        }
        if let Some(date) = last.headers.get(LAST_MODIFIED) {
            conditions.insert(IF_MODIFIED_SINCE, date.clone());
        }
        if conditions.contains_key(IF_NONE_MATCH) || conditions.contains_key(IF_MODIFIED_SINCE) {
            let (method, url) = (last.method.clone(), url::Url::parse(&last.url).map_err(|error| error.to_string())?);
            exchanges.push(send(&agent, Role::Conditional, &method, &url, &conditions, None)?);
        }
    }
    Ok(exchanges)
}

fn send(agent: &Agent, role: Role, method: &Method, url: &url::Url, headers: &HeaderMap, body: Option<&[u8]>) -> Result<Exchange, String> {
    let mut builder = http::Request::builder().method(method.clone()).uri(url.as_str());
    for (name, value) in headers {
        builder = builder.header(name, value);
    }
    let sent = match body {
        Some(body) => builder.body(body.to_vec()).map(|request| agent.run(request)),
        None => builder.body(()).map(|request| agent.run(request)),
    };
    let mut response = sent.map_err(|error| format!("{method} {url}: {error}"))?.map_err(|error| format!("{method} {url}: {error}"))?;
    let content_length = if *method == Method::HEAD {
        0
    } else {
        let mut reader = response.body_mut().with_config().limit(u64::MAX).reader();
        io::copy(&mut reader, &mut io::sink()).map_err(|error| format!("{method} {url}: reading the content: {error}"))?
    };
    Ok(Exchange {
        role,
        method: method.clone(),
        url: url.to_string(),
        request_headers: headers.clone(),
        version: response.version(),
        status: response.status(),
        headers: response.headers().clone(),
        content_length,
    })
}
