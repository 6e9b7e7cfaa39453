use status_atlas::TypedResponse;

struct User {
    name: String,
}

#[derive(TypedResponse)]
enum GetUser {
    #[status(OK)]
    Found(User),
    #[status(NOT_FOUND)]
    Missing,
}

// The type is still a response: the handlers returning it raise no second error.
fn respond<R: for<'r> rocket::response::Responder<'r, 'static>>() {}

fn main() {
    respond::<GetUser>();
}
