//! Serves an axum app on 127.0.0.1 for the tests that talk to a real socket.

use std::net::SocketAddr;

/// Serves `app` (a router, or any service wrapping one) on an ephemeral port of 127.0.0.1 from a
/// thread of its own; returns the address.
pub(crate) fn serve<S>(app: S) -> SocketAddr
where
    S: tower_service::Service<axum::extract::Request, Response = axum::response::Response, Error = std::convert::Infallible>
        + Clone
        + Send
        + Sync
        + 'static,
    S::Future: Send,
{
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let address = listener.local_addr().expect("a local address");
    listener.set_nonblocking(true).expect("a non-blocking listener");
    std::thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().expect("a tokio runtime");
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::from_std(listener).expect("a tokio listener");
            axum::serve(listener, axum::ServiceExt::<axum::extract::Request>::into_make_service(app)).await.expect("the server runs");
        });
    });
    address
}
