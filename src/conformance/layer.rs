//! With the `tower` feature: a [`tower_layer::Layer`] that checks every response of a service
//! and reports the findings.

use core::fmt;
use core::future::Future;
use core::pin::Pin;
use core::task::{Context, Poll};

use pin_project_lite::pin_project;
use tower_layer::Layer;
use tower_service::Service;

use super::{Finding, Message, Request};

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

/// A layer that checks every response of the service it wraps against the dataset's rules,
/// with the request's method and header fields, and reports each finding.
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
            for finding in Message::from_response(response).with_request(*this.request).findings() {
                this.report.report(&finding);
            }
        }
        Poll::Ready(output)
    }
}
