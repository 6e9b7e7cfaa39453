use status_atlas::TypedResponse;

#[derive(TypedResponse)]
#[status(PROXY_AUTHENTICATION_REQUIRED)]
struct ProxyChallenge {
    #[header(WWW_AUTHENTICATE)]
    challenge: String,
}

fn main() {}
