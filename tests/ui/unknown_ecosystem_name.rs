use status_atlas::TypedResponse;

#[derive(TypedResponse)]
enum Validate {
    #[status(rails = "unprocessable")]
    Invalid(String),
}

fn main() {}
