use status_atlas::TypedResponse;

#[derive(TypedResponse)]
enum Cached {
    #[status(OK)]
    Fresh(Vec<u8>),
    #[status(NOT_MODIFIED)]
    NotModified {
        #[header(ETAG)]
        etag: String,
        stale: Vec<u8>,
    },
}

fn main() {}
