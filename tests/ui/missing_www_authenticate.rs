use status_atlas::TypedResponse;

#[derive(TypedResponse)]
enum Profile {
    #[status(OK)]
    Found(String),
    #[status(401)]
    SignInFirst(String),
}

fn main() {}
