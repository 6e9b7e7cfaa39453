//! The validated dataset: plain values, checked and complete, ready for code generation.

use super::schema::Body;
use super::vocabulary::{Class, Client, MethodRewrite, NoteKind, Registration, Requirement, RetryCondition};

/// The whole dataset, statuses in ascending order of code.
#[derive(Debug)]
pub struct Model {
    pub statuses: Vec<Status>,
    pub registry_updated: String,
    pub registry_url: String,
    pub sources: Vec<Source>,
    /// Folded text accepted by `Status::lookup` (see `validate::lookup_key`), to its code; sorted.
    pub lookup_keys: Vec<(String, u16)>,
    /// Every text `lookup_keys` came from, spelled as written (and phrases in lower case), to the
    /// code its key resolves to; sorted. Tried before folding.
    pub exact_keys: Vec<(String, u16)>,
    /// Texts that name more than one code, with the code that wins and the ones that lose.
    pub ambiguities: Vec<Ambiguity>,
    /// Per ecosystem (in `Ecosystem::ALL` order): every accepted spelling and its code; sorted.
    pub alias_keys: Vec<Vec<(String, u16)>>,
    /// One per client, in `Client::ALL` order: the source read and its general remarks.
    pub clients: Vec<ClientInfo>,
}

#[derive(Debug)]
pub struct Status {
    pub code: u16,
    pub reason: String,
    pub const_name: String,
    /// Names of the `http` crate that differ from `const_name`, kept as deprecated consts.
    pub deprecated_const_names: Vec<String>,
    pub class: Class,
    pub registration: Registration,
    /// For a temporary registration: the date it expires (`YYYY-MM-DD`).
    pub registration_expires: Option<String>,
    pub obsoleted: bool,
    pub iana_description: Option<String>,
    pub summary: String,
    pub description: String,
    pub legacy_reasons: Vec<(String, String)>,
    pub cacheable_by_default: bool,
    pub cacheable_elsewhere: Option<CacheRule>,
    pub body: Body,
    pub spec: Option<Spec>,
    pub previous_specs: Vec<Spec>,
    pub headers: Vec<Header>,
    pub methods: Vec<String>,
    pub related: Vec<(u16, String)>,
    pub notes: Vec<(NoteKind, String)>,
    pub origins: Vec<Origin>,
    /// Per ecosystem (in `Ecosystem::ALL` order): its names, current first.
    pub aliases: Vec<Vec<Alias>>,
    /// WHATWG Fetch's "redirect status": what `Status::is_redirect` answers.
    pub fetch_redirect: bool,
    /// The clients that follow it as a redirect, in `Client::ALL` order.
    pub redirect: Vec<Redirect>,
    /// The clients that retry it, in `Client::ALL` order, then as the data lists them.
    pub retried_by: Vec<Retry>,
    /// The clients that treat a response with it as having no body.
    pub null_body: Vec<Client>,
}

/// A client as `data/clients.toml` describes it.
#[derive(Debug)]
pub struct ClientInfo {
    pub client: Client,
    pub version: String,
    pub retry_note: String,
    pub honours_retry_after: Option<String>,
    pub document: String,
    pub section: Option<String>,
    pub url: String,
}

#[derive(Debug, Clone)]
pub struct Redirect {
    pub client: Client,
    pub method: Option<MethodRewrite>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub note: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Retry {
    pub client: Client,
    pub condition: RetryCondition,
    pub methods: Vec<String>,
    pub since: Option<String>,
    pub until: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Spec {
    pub document: String,
    pub section: Option<String>,
    pub url: String,
}

#[derive(Debug)]
pub struct CacheRule {
    pub cacheable: bool,
    pub spec: Spec,
    pub note: String,
}

#[derive(Debug)]
pub struct Header {
    pub field: String,
    pub level: Requirement,
    pub conditional: bool,
    pub spec: Spec,
    pub note: String,
}

#[derive(Debug)]
pub struct Origin {
    pub who: String,
    pub name: Option<String>,
    pub phrase: Option<String>,
    pub note: String,
}

/// A name as the data gives it; it needs no further shaping once checked.
pub use super::schema::Alias;

#[derive(Debug)]
pub struct Source {
    pub topic: String,
    pub name: String,
    pub version: String,
    pub location: String,
}

#[derive(Debug)]
pub struct Ambiguity {
    pub text: String,
    pub winner: u16,
    pub others: Vec<u16>,
}
