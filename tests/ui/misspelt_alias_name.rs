use status_atlas::TypedResponse;

#[derive(TypedResponse)]
enum Validate {
    #[status(rails = "unprocesable_entity")]
    Invalid(String),
}

fn main() {}
