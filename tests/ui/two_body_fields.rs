use status_atlas::TypedResponse;

#[derive(TypedResponse)]
enum Rejected {
    #[status(METHOD_NOT_ALLOWED)]
    WrongMethod {
        allow: String,
        message: String,
    },
}

fn main() {}
