//! What checking costs per response: the check alone on clean responses, and a service with and
//! without the conformance layer (the difference is the layer's overhead). Figures are recorded
//! in BENCHMARKS.md.
//!
//! Run: `cargo bench --features tower --bench conformance -- --warm-up-time 1 --measurement-time 3`

use std::convert::Infallible;
use std::future::{Future, Ready, ready};
use std::hint::black_box;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use criterion::{Criterion, criterion_group, criterion_main};
use http::{HeaderValue, Request, Response, StatusCode};
use status_atlas::conformance::{ConformanceLayer, Message};
use tower_layer::Layer;
use tower_service::Service;

/// A clean 200: content, a content type, and the validators RFC 9110 asks for.
fn clean_ok() -> Response<String> {
    let mut response = Response::new(String::from("{\"id\":7}"));
    let headers = response.headers_mut();
    headers.insert("content-type", HeaderValue::from_static("application/json"));
    headers.insert("etag", HeaderValue::from_static("\"v7\""));
    headers.insert("last-modified", HeaderValue::from_static("Tue, 01 Sep 2026 10:00:00 GMT"));
    response
}

fn clean_no_content() -> Response<String> {
    let mut response = Response::new(String::new());
    *response.status_mut() = StatusCode::NO_CONTENT;
    response
}

/// Answers every request with a fresh clean 200, as a handler would.
#[derive(Clone)]
struct Handler;

impl Service<Request<()>> for Handler {
    type Response = Response<String>;
    type Error = Infallible;
    type Future = Ready<Result<Response<String>, Infallible>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, _: Request<()>) -> Self::Future {
        ready(Ok(clean_ok()))
    }
}

/// One request through `service`, polled to completion.
fn once<S: Service<Request<()>, Response = Response<String>>>(service: &mut S) -> StatusCode {
    let future = pin!(service.call(Request::new(())));
    match future.poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(Ok(response)) => response.status(),
        _ => unreachable!("the handler is ready at once and infallible"),
    }
}

fn check(c: &mut Criterion) {
    let mut group = c.benchmark_group("check");
    let ok = clean_ok();
    group.bench_function("clean 200", |b| b.iter(|| Message::from_response(black_box(&ok)).findings().count()));
    let no_content = clean_no_content();
    group.bench_function("clean 204", |b| b.iter(|| Message::from_response(black_box(&no_content)).findings().count()));
    group.finish();

    let mut group = c.benchmark_group("service");
    let mut bare = Handler;
    group.bench_function("without the layer", |b| b.iter(|| once(black_box(&mut bare))));
    let mut layered = ConformanceLayer::new().layer(Handler);
    group.bench_function("with the layer", |b| b.iter(|| once(black_box(&mut layered))));
    group.finish();
}

criterion_group!(benches, check);
criterion_main!(benches);
