use status_atlas::TypedResponse;

#[derive(TypedResponse)]
enum DeleteUser {
    #[status("No Content")]
    Deleted,
}

fn main() {}
