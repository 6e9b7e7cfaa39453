use status_atlas::TypedResponse;

#[derive(TypedResponse)]
enum DeleteUser {
    #[status]
    Deleted,
}

fn main() {}
