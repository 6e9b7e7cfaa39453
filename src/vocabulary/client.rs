//! The HTTP clients whose behaviour the dataset records, and the words that behaviour is written
//! in: how a followed redirect rewrites the method, and when a status is retried.

keyed_enum! {
    /// A widely used HTTP client (or, for browsers, the standard they implement) whose handling
    /// of statuses the dataset records in `data/clients.toml`, each fact with its source.
    ///
    /// ```
    /// use status_atlas::{Client, Status};
    /// assert!(Status::SERVICE_UNAVAILABLE.is_retried_by(Client::Curl));
    /// assert_eq!(Client::Curl.name(), "curl");
    /// assert_eq!(Client::from_key("go_http"), Some(Client::GoHttp));
    /// ```
    #[non_exhaustive]
    pub enum Client {
        /// Browsers, as the WHATWG Fetch standard defines them.
        Fetch = "fetch",
        /// The `curl` command-line tool and its `--retry` option.
        Curl = "curl",
        /// Python's urllib3 (its `Retry` policy and redirect handling).
        Urllib3 = "urllib3",
        /// Python's requests, built on urllib3 with its own defaults.
        Requests = "requests",
        /// Node's `statuses` package (jshttp), whose `redirect`, `empty` and `retry` sets many
        /// Node servers and clients consult.
        JshttpStatuses = "jshttp_statuses",
        /// Go's `net/http` `Client`.
        GoHttp = "go_http",
        /// Rust's reqwest, through tower-http's redirect follower.
        Reqwest = "reqwest",
    }
}

impl Client {
    /// A name for people: "Browsers (Fetch)", "curl", "Go net/http"...
    pub const fn name(self) -> &'static str {
        match self {
            Client::Fetch => "Browsers (Fetch)",
            Client::Curl => "curl",
            Client::Urllib3 => "urllib3",
            Client::Requests => "requests",
            Client::JshttpStatuses => "Node statuses",
            Client::GoHttp => "Go net/http",
            Client::Reqwest => "reqwest",
        }
    }
}

impl core::fmt::Display for Client {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.name())
    }
}

keyed_enum! {
    /// What a client does to the request method (and body) when it follows a redirect.
    #[non_exhaustive]
    pub enum MethodRewrite {
        /// The method and body are sent again unchanged (307, 308).
        Keep = "keep",
        /// A POST becomes a GET without its body; other methods are kept (301, 302 in Fetch).
        PostToGet = "post_to_get",
        /// Every method but HEAD becomes a GET without a body (303 in Fetch).
        GetExceptHead = "get_except_head",
        /// Every method becomes a GET without a body, HEAD included.
        AllToGet = "all_to_get",
    }
}

impl MethodRewrite {
    /// The rewrite in a few words, as the cards print it: "a POST becomes a GET".
    pub const fn phrase(self) -> &'static str {
        match self {
            MethodRewrite::Keep => "the method and body are kept",
            MethodRewrite::PostToGet => "a POST becomes a GET",
            MethodRewrite::GetExceptHead => "any method but HEAD becomes a GET",
            MethodRewrite::AllToGet => "every method becomes a GET",
        }
    }
}

keyed_enum! {
    /// When a client retries a request that got a status.
    #[non_exhaustive]
    pub enum RetryCondition {
        /// Whenever retries are switched on, whatever the response says.
        Always = "always",
        /// Only when the response carries a `Retry-After` field.
        RetryAfter = "retry_after",
        /// The library lists the status as worth retrying; the code that uses it decides.
        Listed = "listed",
        /// Once, on a new connection (Fetch on a 421, which may come from a connection reused
        /// for another origin), and only when the request's body, if any, can be sent again.
        NewConnection = "new_connection",
        /// Again with credentials that the user supplies when prompted (Fetch on a 401 or 407).
        Credentials = "credentials",
    }
}

impl RetryCondition {
    /// The condition as the cards print it after the client's name: "retries it".
    pub const fn phrase(self) -> &'static str {
        match self {
            RetryCondition::Always => "retries it",
            RetryCondition::RetryAfter => "retries it when Retry-After is present",
            RetryCondition::Listed => "lists it as worth retrying",
            RetryCondition::NewConnection => "retries it once on a new connection",
            RetryCondition::Credentials => "retries it with credentials the user supplies",
        }
    }
}
