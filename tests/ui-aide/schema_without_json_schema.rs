use status_atlas::TypedResponse;

struct Problem {
    title: String,
}

#[derive(TypedResponse)]
#[status(UNPROCESSABLE_CONTENT)]
struct Invalid {
    #[body(content_type = "application/problem+json", schema = Problem)]
    body: String,
}

fn document<R: aide::OperationOutput>() {}

fn main() {
    document::<Invalid>();
}
