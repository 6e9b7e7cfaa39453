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

fn main() {}
