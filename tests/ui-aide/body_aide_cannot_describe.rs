use status_atlas::TypedResponse;

/// A body type of the app's own, which aide knows nothing about.
struct Report(String);

impl axum_core::response::IntoResponse for Report {
    fn into_response(self) -> axum_core::response::Response {
        self.0.into_response()
    }
}

#[derive(TypedResponse)]
enum GetReport {
    #[status(OK)]
    Found(Report),
    #[status(NOT_FOUND)]
    Missing,
}

// The type is still documented: the handlers returning it raise no second error.
fn document<R: aide::OperationOutput>() {}

fn main() {
    document::<GetReport>();
}
