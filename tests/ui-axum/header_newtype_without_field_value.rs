use status_atlas::TypedResponse;

struct ETag(String);

#[derive(TypedResponse)]
enum GetDocument {
    #[status(OK)]
    Found {
        #[header(ETAG)]
        etag: ETag,
        body: String,
    },
}

// The type is still a response: the handlers returning it raise no second error.
fn respond<R: axum_core::response::IntoResponse>() {}

fn main() {
    respond::<GetDocument>();
}
