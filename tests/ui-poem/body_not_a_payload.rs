use status_atlas::TypedResponse;

#[derive(TypedResponse)]
enum GetNote {
    /// poem sends a `String`, but poem-openapi documents payloads: `PlainText<String>`.
    #[status(OK)]
    Found(String),
    #[status(NOT_FOUND)]
    Missing,
}

fn respond<R: poem::IntoResponse + poem_openapi::ApiResponse>() {}

fn main() {
    respond::<GetNote>();
}
