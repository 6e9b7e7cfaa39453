use status_atlas::TypedResponse;

#[derive(TypedResponse)]
enum GetDocument {
    #[status(OK)]
    Found {
        #[header("x-score")]
        score: f64,
        body: String,
    },
}

// The type is still a response: the handlers returning it raise no second error.
fn respond<R: axum_core::response::IntoResponse>() {}

fn main() {
    respond::<GetDocument>();
}
