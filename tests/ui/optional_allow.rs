use status_atlas::TypedResponse;

#[derive(TypedResponse)]
enum DeleteDocument {
    #[status(NO_CONTENT)]
    Deleted,
    #[status(METHOD_NOT_ALLOWED)]
    ReadOnly {
        #[header(ALLOW)]
        allow: Option<String>,
    },
}

fn main() {}
