use status_atlas::TypedResponse;

#[derive(TypedResponse)]
enum UpdateUser {
    #[status(NO_CONTENT)]
    Updated,
    #[status(METHOD_NOT_ALLOWED)]
    ReadOnly,
}

fn main() {}
