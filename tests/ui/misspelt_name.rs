use status_atlas::TypedResponse;

#[derive(TypedResponse)]
enum DeleteUser {
    #[status(NO_CONTNET)]
    Deleted,
}

fn main() {}
