use status_atlas::TypedResponse;

#[derive(TypedResponse)]
#[status(UNAUTHORIZED)]
struct SignIn {
    #[header(WWW_AUTHENTICATE)]
    challenge: std::option::Option<&'static str>,
    message: String,
}

fn main() {}
