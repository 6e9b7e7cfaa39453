//! With the `tower` feature: a [`tower_layer::Layer`] that checks every response of a service
//! and reports the findings.

use core::fmt;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

use pin_project_lite::pin_project;
use tower_layer::Layer;
use tower_service::Service;

use super::{Content, Finding, Message, Request, Rule};

/// What the layer does with each finding.
pub trait Report: Clone {
    /// Called once per finding, after the inner service has produced the response.
    fn report(&self, finding: &Finding);
}

/// Reports through `tracing`, target `status_atlas::conformance`: a broken MUST or MUST NOT at
/// `WARN`, everything else at `DEBUG`.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tracing;

impl Report for Tracing {
    fn report(&self, finding: &Finding) {
        let (status, level, field, spec) = (finding.status.as_u16(), finding.level.keyword(), finding.field, finding.spec);
        if finding.level.is_must() {
            tracing::warn!(target: "status_atlas::conformance", status, level, field, spec = spec.document, section = spec.section, url = spec.url, "{finding}");
        } else {
            tracing::debug!(target: "status_atlas::conformance", status, level, field, spec = spec.document, section = spec.section, url = spec.url, "{finding}");
        }
    }
}

/// For test suites: panics on a broken MUST or MUST NOT, and reports the rest like [`Tracing`].
#[derive(Clone, Copy, Debug, Default)]
pub struct Panic;

impl Report for Panic {
    fn report(&self, finding: &Finding) {
        assert!(!finding.level.is_must(), "{} response breaks a {} ({}): {finding}", finding.status, finding.level, Citation(finding));
        Tracing.report(finding);
    }
}

/// Hands every finding to a function.
#[derive(Clone, Copy)]
pub struct Callback<F>(pub F);

impl<F: Fn(&Finding) + Clone> Report for Callback<F> {
    fn report(&self, finding: &Finding) {
        (self.0)(finding);
    }
}

impl<F> fmt::Debug for Callback<F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Callback")
    }
}

/// "RFC 9110 §15.3.5".
struct Citation<'a>(&'a Finding);

impl fmt::Display for Citation<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.spec.section {
            Some(section) => write!(f, "{} §{section}", self.0.spec.document),
            None => f.write_str(self.0.spec.document),
        }
    }
}

/// The response as the layer can judge it. Content in an answer to HEAD never reaches the wire:
/// servers drop it (hyper does, and axum strips it for a GET route answering HEAD), so it is
/// unknown rather than a finding.
fn on_the_wire<B: http_body::Body>(response: &http::Response<B>, request: Request) -> Message<'_> {
    let message = Message::from_response(response).with_request(request);
    if request.is_head() { Message { content: Content::Unknown, ..message } } else { message }
}

/// Whether a finding shows on the wire, as far as the layer can tell. A 405 without `Allow` that
/// has no framing yet (neither `Content-Length` nor `Transfer-Encoding`) is still to be finished
/// by the stack outside the layer: inside `Router::layer`, axum adds `Allow` to its own 405, and
/// `Content-Length`, after the layer has seen the response. Around the whole router the
/// response the layer sees is finished, framing included, so a missing `Allow` is reported.
fn visible<B>(finding: &Finding, response: &http::Response<B>) -> bool {
    let unfinished =
        !response.headers().contains_key(http::header::CONTENT_LENGTH) && !response.headers().contains_key(http::header::TRANSFER_ENCODING);
    !(unfinished && matches!(finding.rule, Rule::MissingField(rule) if rule.field == "Allow"))
}

/// A layer that checks every response of the service it wraps against the dataset's rules,
/// with the request's method and header fields, and reports each finding.
///
/// # Where it belongs
///
/// Around the whole app, so it sees each response as it goes on the wire:
/// `ConformanceLayer::new().layer(router)` (or the outermost layer of a `tower::ServiceBuilder`
/// that wraps the router), then serve that service. `Router::layer(ConformanceLayer::new())`
/// works too, with no false findings, but it runs inside axum's routing, before axum finishes
/// the response: it cannot see the `Allow` axum adds to its own 405, so there it reports no
/// missing `Allow` on any 405, a handler's included. In both places, content in an answer to
/// `HEAD` is not a finding, since the server drops it.
///
/// ```
/// use status_atlas::conformance::ConformanceLayer;
///
/// // Findings as `tracing` events: broken MUSTs at WARN, the rest at DEBUG.
/// let layer = ConformanceLayer::new();
/// // In a test suite: panic on a broken MUST.
/// let strict = ConformanceLayer::panicking();
/// // Anything else.
/// let counted = ConformanceLayer::with_callback(|finding: &status_atlas::conformance::Finding| {
///     eprintln!("{finding}");
/// });
/// # let _ = (layer, strict, counted);
/// ```
#[derive(Clone, Copy, Debug, Default)]
pub struct ConformanceLayer<R = Tracing> {
    report: R,
}

impl ConformanceLayer {
    /// Reports through `tracing`.
    pub fn new() -> ConformanceLayer<Tracing> {
        ConformanceLayer { report: Tracing }
    }

    /// Panics on a broken MUST or MUST NOT; for test suites.
    pub fn panicking() -> ConformanceLayer<Panic> {
        ConformanceLayer { report: Panic }
    }

    /// Calls `callback` with every finding.
    pub fn with_callback<F: Fn(&Finding) + Clone>(callback: F) -> ConformanceLayer<Callback<F>> {
        ConformanceLayer { report: Callback(callback) }
    }

    /// Reports with `report`.
    pub fn with_report<R: Report>(report: R) -> ConformanceLayer<R> {
        ConformanceLayer { report }
    }
}

impl<S, R: Clone> Layer<S> for ConformanceLayer<R> {
    type Service = Conformance<S, R>;

    fn layer(&self, inner: S) -> Conformance<S, R> {
        Conformance { inner, report: self.report.clone() }
    }
}

/// The service [`ConformanceLayer`] makes.
#[derive(Clone, Copy, Debug)]
pub struct Conformance<S, R = Tracing> {
    inner: S,
    report: R,
}

impl<S, R, RequestBody, ResponseBody> Service<http::Request<RequestBody>> for Conformance<S, R>
where
    S: Service<http::Request<RequestBody>, Response = http::Response<ResponseBody>>,
    ResponseBody: http_body::Body,
    R: Report,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = ResponseFuture<S::Future, R>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: http::Request<RequestBody>) -> Self::Future {
        // Only what the rules need is kept, so the request moves on untouched.
        let facts = Request::of(&request);
        ResponseFuture { inner: self.inner.call(request), request: facts, report: self.report.clone() }
    }
}

pin_project! {
    /// The response future of [`Conformance`]: the inner future, then the check.
    #[derive(Debug)]
    pub struct ResponseFuture<F, R> {
        #[pin]
        inner: F,
        request: Request,
        report: R,
    }
}

impl<F, R, ResponseBody, E> Future for ResponseFuture<F, R>
where
    F: Future<Output = Result<http::Response<ResponseBody>, E>>,
    ResponseBody: http_body::Body,
    R: Report,
{
    type Output = F::Output;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        let this = self.project();
        let output = core::task::ready!(this.inner.poll(cx));
        if let Ok(response) = &output {
            for finding in on_the_wire(response, *this.request).findings().filter(|finding| visible(finding, response)) {
                this.report.report(&finding);
            }
        }
        Poll::Ready(output)
    }
}
