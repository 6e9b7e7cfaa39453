use status_atlas::TypedResponse;

#[derive(TypedResponse)]
enum Rejected {
    #[status(METHOD_NOT_ALLOWED)]
    WrongMethod {
        #[header(allow)]
        allow: String,
    },
}

fn main() {}
