use status_atlas::TypedResponse;

#[derive(TypedResponse)]
enum Delta {
    #[status(IM_USED)]
    Patch(Vec<u8>),
}

fn main() {}
