//! What well-known clients do with a status: follow it, retry it, or read no body from it. The
//! facts come from `data/clients.toml`, each client's with its source and version.

use crate::generated::{CLIENT_SUMMARIES, CLIENTS};
use crate::{Client, MethodRewrite, RetryCondition, Status};

/// A client that follows a status as a redirect. Get them with [`Status::redirect`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Redirect {
    /// The client.
    pub client: Client,
    /// What happens to the request method; `None` where the source is a lookup table that
    /// classifies the status without following it (Node's `statuses`).
    pub method: Option<MethodRewrite>,
    /// The release from which the client behaves so, where it changed.
    pub since: Option<&'static str>,
    /// The first release that no longer behaves so; `None` while it still does.
    pub until: Option<&'static str>,
    /// A condition or remark the source states, such as a body that must be sent again.
    pub note: Option<&'static str>,
}

impl Redirect {
    /// Whether the client's current release behaves so.
    pub const fn is_current(&self) -> bool {
        self.until.is_none()
    }
}

/// A client that retries a request that got a status. Get them with [`Status::retried_by`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Retry {
    /// The client.
    pub client: Client,
    /// When it retries.
    pub condition: RetryCondition,
    /// The request methods it retries; empty for any method.
    pub methods: &'static [&'static str],
    /// The first release that retries the status, where known.
    pub since: Option<&'static str>,
    /// The first release that no longer does; `None` while it still does.
    pub until: Option<&'static str>,
}

impl Retry {
    /// Whether the client's current release retries the status.
    pub const fn is_current(&self) -> bool {
        self.until.is_none()
    }
}

/// What the dataset knows about a client as a whole. Get it with [`Client::info`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ClientInfo {
    /// The client.
    pub client: Client,
    /// The release or commit the facts were read from.
    pub version: &'static str,
    /// When and how the client retries at all.
    pub retry_note: &'static str,
    /// The release from which it waits as `Retry-After` says, if it does.
    pub honours_retry_after: Option<&'static str>,
    /// Where the facts were read.
    pub source: ClientSource,
}

/// A client's source: the document or files read, the part of them, and a link.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct ClientSource {
    /// Such as `WHATWG Fetch` or `curl docs/cmdline-opts/retry.md and src/tool_operate.c`.
    pub document: &'static str,
    /// The definitions or functions read, such as `redirectBehavior`.
    pub section: Option<&'static str>,
    /// A link to the version read.
    pub url: &'static str,
}

impl Client {
    /// The source, version and general remarks the dataset has for this client.
    ///
    /// ```
    /// use status_atlas::Client;
    /// assert_eq!(Client::Curl.info().honours_retry_after, Some("7.66.0"));
    /// ```
    pub const fn info(self) -> &'static ClientInfo {
        &CLIENTS[self as usize]
    }
}

/// Client behaviour: which clients follow the status as a redirect, give it no body, or retry it.
impl Status {
    /// The clients that follow this status as a redirect, and what each does to the method.
    ///
    /// ```
    /// use status_atlas::{Client, MethodRewrite, Status};
    /// let fetch = Status::FOUND.redirect().iter().find(|redirect| redirect.client == Client::Fetch).unwrap();
    /// assert_eq!(fetch.method, Some(MethodRewrite::PostToGet));
    /// ```
    pub const fn redirect(self) -> &'static [Redirect] {
        self.record().redirect
    }

    /// The clients that retry a request answered with this status, current and former rules.
    pub const fn retried_by(self) -> &'static [Retry] {
        self.record().retried_by
    }

    /// The clients that treat a response with this status as having no body.
    pub const fn null_body_for(self) -> &'static [Client] {
        self.record().null_body
    }

    /// The facts above in sentences, one per line of the "Clients" section of the card:
    /// "Browsers (Fetch) and reqwest follow it; a POST becomes a GET."
    ///
    /// ```
    /// use status_atlas::Status;
    /// assert!(Status::SERVICE_UNAVAILABLE.client_summary().contains(&"curl retries it (since 7.12.3; Retry-After honoured since 7.66.0)."));
    /// assert!(Status::NOT_FOUND.client_summary().is_empty());
    /// ```
    pub const fn client_summary(self) -> &'static [&'static str] {
        CLIENT_SUMMARIES[self.index()]
    }

    /// Whether `client`'s current release retries this status, on any condition.
    ///
    /// ```
    /// use status_atlas::{Client, Status};
    /// assert!(Status::TOO_MANY_REQUESTS.is_retried_by(Client::Urllib3));
    /// assert!(!Status::NOT_FOUND.is_retried_by(Client::Curl));
    /// ```
    pub const fn is_retried_by(self, client: Client) -> bool {
        let retries = self.retried_by();
        let mut index = 0;
        while index < retries.len() {
            if retries[index].client as usize == client as usize && retries[index].is_current() {
                return true;
            }
            index += 1;
        }
        false
    }

    /// Whether the current release of `client` follows this status as a redirect (or, for a lookup
    /// table, lists it as one).
    pub const fn is_followed_by(self, client: Client) -> bool {
        let redirects = self.redirect();
        let mut index = 0;
        while index < redirects.len() {
            if redirects[index].client as usize == client as usize && redirects[index].is_current() {
                return true;
            }
            index += 1;
        }
        false
    }
}
