use status_atlas::TypedResponse;

#[derive(TypedResponse)]
#[status(2000)]
struct Created;

fn main() {}
