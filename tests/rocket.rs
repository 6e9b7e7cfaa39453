//! Derived response types as Rocket handlers' return values, over a real socket on 127.0.0.1.

mod support;

use support::{BadHeader, Busy, Cached, Listed, SignIn};

use std::net::{Ipv4Addr, SocketAddr, TcpStream};
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use rocket::serde::json::{Json, Value, json};
use rocket::{get, routes};
use status_atlas::TypedResponse;

#[derive(TypedResponse)]
enum DeleteUser {
    #[status(NO_CONTENT)]
    Deleted,
    #[status(404)]
    NotFound(Json<Value>),
    #[status(CONFLICT)]
    Conflict { reason: String },
}

#[derive(TypedResponse)]
#[status(METHOD_NOT_ALLOWED)]
struct WrongMethod {
    #[header(ALLOW)]
    allow: Vec<http::Method>,
    #[header("x-request-id")]
    request_id: Option<String>,
}

#[get("/deleted")]
fn deleted() -> DeleteUser {
    DeleteUser::Deleted
}

#[get("/missing")]
fn missing() -> DeleteUser {
    DeleteUser::NotFound(Json(json!({ "error": "no user 7" })))
}

#[get("/conflict")]
fn conflict() -> DeleteUser {
    DeleteUser::Conflict { reason: "user 7 owns a team".into() }
}

#[get("/method")]
fn method() -> WrongMethod {
    WrongMethod { allow: vec![http::Method::GET, http::Method::HEAD], request_id: Some("abc".into()) }
}

#[get("/method-no-id")]
fn method_no_id() -> WrongMethod {
    WrongMethod { allow: vec![], request_id: None }
}

#[get("/fresh")]
fn fresh() -> Cached<&'static str> {
    Cached::Fresh("hello")
}

#[get("/not-modified")]
fn not_modified() -> Cached<&'static str> {
    Cached::NotModified { etag: "\"v1\"" }
}

#[get("/busy")]
fn busy() -> Busy {
    Busy { retry_after: Duration::from_secs(120) }
}

#[get("/challenge")]
fn challenge() -> SignIn {
    SignIn { challenge: "Bearer realm=\"api\"".into() }
}

#[get("/empty-challenge")]
fn empty_challenge() -> SignIn {
    SignIn { challenge: String::new() }
}

#[get("/listed")]
fn listed() -> Listed {
    support::listed()
}

#[get("/bad-header")]
fn bad_header() -> BadHeader {
    BadHeader("line\nbreak".into())
}

/// Every `log` record of status-atlas's target, as Rocket's server writes them; installed before
/// Rocket starts, so Rocket keeps it instead of its own logger.
struct Records(Mutex<Vec<(log::Level, String)>>);

impl log::Log for Records {
    fn enabled(&self, metadata: &log::Metadata<'_>) -> bool {
        metadata.target() == "status_atlas::response"
    }
    fn log(&self, record: &log::Record<'_>) {
        if self.enabled(record.metadata()) {
            self.0.lock().unwrap().push((record.level(), record.args().to_string()));
        }
    }
    fn flush(&self) {}
}

static RECORDS: Records = Records(Mutex::new(Vec::new()));

fn serve() -> SocketAddr {
    static ADDRESS: OnceLock<SocketAddr> = OnceLock::new();
    *ADDRESS.get_or_init(|| {
        log::set_logger(&RECORDS).expect("the first logger");
        log::set_max_level(log::LevelFilter::Error);
        // Rocket binds the port itself: take a free one, then hand it over.
        let port = std::net::TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1").local_addr().expect("an address").port();
        let address = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
        let config = rocket::Config { address: address.ip(), port, workers: 1, ..rocket::Config::debug_default() };
        let routes = routes![
            deleted,
            missing,
            conflict,
            method,
            method_no_id,
            fresh,
            not_modified,
            busy,
            challenge,
            empty_challenge,
            listed,
            bad_header
        ];
        std::thread::spawn(move || {
            if let Err(error) = rocket::execute(rocket::custom(config).mount("/", routes).launch()) {
                panic!("Rocket stopped: {error}");
            }
        });
        for _ in 0..200 {
            if TcpStream::connect(address).is_ok() {
                return address;
            }
            std::thread::sleep(Duration::from_millis(25));
        }
        panic!("Rocket did not start listening on {address}");
    })
}

#[test]
fn statuses_bodies_and_header_fields_over_a_socket() {
    let address = serve();

    // Rocket 0.5.2 (with hyper) writes `Content-Length: 0` on a 204 and a 304 by itself.
    support::check_routes_framed(address, support::Framing::ZeroLength);
}

#[test]
fn a_header_value_that_cannot_be_sent_is_logged_as_an_error() {
    let address = serve();
    let before = RECORDS.0.lock().unwrap().len();
    let bad = support::request(address, "GET", "/bad-header");
    assert_eq!(bad.status, 500);
    let records = RECORDS.0.lock().unwrap();
    let logged = records.iter().skip(before).find(|(_, text)| text.contains("`x-note`")).expect("the refusal is logged");
    assert_eq!(logged.0, log::Level::Error);
    assert!(logged.1.contains("derived 400 response"), "{logged:?}");
}
