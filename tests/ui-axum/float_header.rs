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

fn main() {}
