use status_atlas::TypedResponse;

#[derive(TypedResponse)]
enum DeleteUser {
    #[status(NO_CONTENT)]
    #[status(OK)]
    Deleted,
}

fn main() {}
