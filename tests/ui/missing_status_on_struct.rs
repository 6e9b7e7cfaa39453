use status_atlas::TypedResponse;

#[derive(TypedResponse)]
struct Created(String);

fn main() {}
