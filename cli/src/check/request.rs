//! The request flags of `check`, spelt as curl spells them, and what they say about the request.

use http::header::CONTENT_TYPE;
use http::{HeaderMap, HeaderName, HeaderValue, Method};
use status_atlas::conformance::Request;

/// Request flags as curl spells them. For a URL they shape the request `check` sends; for a
/// capture they say what request it answers, so the rules that depend on it run.
#[derive(clap::Args, Clone, Debug, Default)]
pub(crate) struct RequestFlags {
    /// The request method (`-X POST`); `--method` is accepted too.
    #[arg(short = 'X', long = "request", visible_alias = "method", value_name = "METHOD")]
    pub(crate) method: Option<String>,
    /// A request header field, `Name: value`; repeat it for several (`-H 'Range: bytes=0-9'`).
    #[arg(short = 'H', long = "header", value_name = "FIELD")]
    pub(crate) headers: Vec<String>,
    /// Content to send; the method becomes POST and `Content-Type` form data, as in curl.
    #[arg(short = 'd', long = "data", value_name = "DATA")]
    pub(crate) data: Option<String>,
    /// Send HEAD.
    #[arg(short = 'I', long = "head")]
    pub(crate) head: bool,
    /// For URLs: follow redirects, checking each response on the way (off by default).
    #[arg(short = 'L', long = "location")]
    pub(crate) location: bool,
    /// For URLs: accept a certificate that cannot be verified, such as a self-signed one.
    #[arg(short = 'k', long = "insecure")]
    pub(crate) insecure: bool,
}

/// The request the flags describe.
#[derive(Clone, Debug)]
pub(crate) struct Plan {
    pub(crate) method: Method,
    pub(crate) headers: HeaderMap,
    pub(crate) body: Option<Vec<u8>>,
    /// Whether any flag said something about the request (a capture's request is otherwise
    /// unknown).
    known: bool,
    /// Whether header fields were given, so their absence means something.
    fields_known: bool,
}

impl RequestFlags {
    /// The request, or an error at the flag that is wrong.
    pub(crate) fn plan(&self) -> Result<Plan, String> {
        let method = match (&self.method, self.head, &self.data) {
            (Some(text), _, _) => {
                Method::from_bytes(text.to_ascii_uppercase().as_bytes()).map_err(|_| format!("`{text}` is not a request method"))?
            }
            (None, true, Some(_)) => return Err("-I (HEAD) and -d (content) ask for different methods; give one".to_owned()),
            (None, true, None) => Method::HEAD,
            (None, false, Some(_)) => Method::POST,
            (None, false, None) => Method::GET,
        };
        let mut headers = HeaderMap::new();
        for field in &self.headers {
            let (name, value) = field.split_once(':').ok_or_else(|| format!("-H `{field}`: expected `Name: value`"))?;
            let name = HeaderName::from_bytes(name.trim().as_bytes())
                .map_err(|_| format!("-H `{field}`: `{}` is not a field name", name.trim()))?;
            let value = HeaderValue::from_str(value.trim()).map_err(|_| format!("-H `{field}`: the value holds a control character"))?;
            headers.append(name, value);
        }
        if self.data.is_some() && !headers.contains_key(CONTENT_TYPE) {
            headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/x-www-form-urlencoded"));
        }
        Ok(Plan {
            method,
            body: self.data.as_ref().map(|data| data.clone().into_bytes()),
            known: self.method.is_some() || self.head || self.data.is_some() || !self.headers.is_empty(),
            fields_known: !self.headers.is_empty(),
            headers,
        })
    }
}

impl Plan {
    /// What the rules know of the request a capture answers: nothing without flags, the method
    /// alone without `-H`.
    pub(crate) fn for_capture(&self) -> Option<Request> {
        match (self.known, self.fields_known) {
            (false, _) => None,
            (true, false) => Some(Request::method(&self.method)),
            (true, true) => Some(Request::new(&self.method, &self.headers)),
        }
    }

    /// What the rules know of a request `check` sent itself with these fields: everything.
    pub(crate) fn sent(method: &Method, headers: &HeaderMap) -> Request {
        Request::new(method, headers)
    }
}
