use status_atlas::TypedResponse;

// A generic body does not stop the check on the header field next to it.
#[derive(TypedResponse)]
enum Protected<T> {
    #[status(OK)]
    Page(T),
    #[status(UNAUTHORIZED)]
    SignIn {
        #[header(WWW_AUTHENTICATE)]
        challenge: Option<String>,
    },
}

fn main() {}
