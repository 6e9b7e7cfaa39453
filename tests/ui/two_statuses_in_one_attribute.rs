use status_atlas::TypedResponse;

#[derive(TypedResponse)]
enum DeleteUser {
    #[status(NO_CONTENT, OK)]
    Deleted,
}

fn main() {}
