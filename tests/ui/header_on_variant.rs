use status_atlas::TypedResponse;

#[derive(TypedResponse)]
enum Rejected {
    #[status(METHOD_NOT_ALLOWED)]
    #[header(ALLOW)]
    WrongMethod(String),
}

fn main() {}
