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

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use http::{HeaderValue, Request, Response, StatusCode};
use status_atlas::conformance::{self, ConformanceLayer, Message};
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

/// Answers with the response the request carries as its body, so building it stays out of the
/// timing and the two services differ only by the layer. Each request is built just before its
/// run (`PerIteration`), so the response is as fresh in cache as a handler's would be.
#[derive(Clone)]
struct Handler;

impl Service<Request<Response<String>>> for Handler {
    type Response = Response<String>;
    type Error = Infallible;
    type Future = Ready<Result<Response<String>, Infallible>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request<Response<String>>) -> Self::Future {
        ready(Ok(request.into_body()))
    }
}

/// One request through `service`, polled to completion; the response is returned so that
/// dropping it is not timed either.
fn once<S>(service: &mut S, request: Request<Response<String>>) -> Response<String>
where
    S: Service<Request<Response<String>>, Response = Response<String>, Error = Infallible>,
{
    let future = pin!(service.call(request));
    match future.poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(Ok(response)) => response,
        Poll::Pending => unreachable!("the handler is ready at once"),
    }
}

fn check(c: &mut Criterion) {
    let mut group = c.benchmark_group("check");
    let ok = clean_ok();
    group.bench_function("clean 200", |b| b.iter(|| Message::from_response(black_box(&ok)).findings().count()));
    let no_content = clean_no_content();
    group.bench_function("clean 204", |b| b.iter(|| Message::from_response(black_box(&no_content)).findings().count()));
    let mut get = Request::get("/users/7").body(()).unwrap();
    get.headers_mut().insert("host", HeaderValue::from_static("example.org"));
    get.headers_mut().insert("accept", HeaderValue::from_static("application/json"));
    group.bench_function("request facts", |b| b.iter(|| conformance::Request::of(black_box(&get))));
    let facts = conformance::Request::of(&get);
    group.bench_function("clean 200 with its request", |b| {
        b.iter(|| Message::from_response(black_box(&ok)).with_request(black_box(facts)).findings().count());
    });
    group.finish();

    let mut group = c.benchmark_group("service");
    let request = || Request::new(clean_ok());
    let mut bare = Handler;
    group.bench_function("without the layer", |b| {
        b.iter_batched(request, |request| once(&mut bare, black_box(request)), BatchSize::PerIteration);
    });
    let mut layered = ConformanceLayer::new().layer(Handler);
    group.bench_function("with the layer", |b| {
        b.iter_batched(request, |request| once(&mut layered, black_box(request)), BatchSize::PerIteration);
    });
    group.finish();
}

criterion_group!(benches, check);
criterion_main!(benches);
