use status_atlas::TypedResponse;

#[derive(TypedResponse)]
enum Validate {
    #[status(rials = "unprocessable_entity")]
    Invalid(String),
}

fn main() {}
