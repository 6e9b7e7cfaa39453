use status_atlas::TypedResponse;

#[derive(TypedResponse)]
enum GetUser {
    #[status(golang = "StatusNotFound")]
    Missing(String),
}

fn main() {}
