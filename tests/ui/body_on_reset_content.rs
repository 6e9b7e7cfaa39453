use status_atlas::TypedResponse;

#[derive(TypedResponse)]
#[status(205)]
struct FormCleared {
    message: String,
}

fn main() {}
