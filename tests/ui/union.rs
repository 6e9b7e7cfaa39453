use status_atlas::TypedResponse;

#[derive(TypedResponse)]
#[status(OK)]
union Either {
    number: u32,
    float: f32,
}

fn main() {}
