use status_atlas::TypedResponse;

struct ETag(String);

#[derive(TypedResponse)]
enum GetDocument {
    #[status(OK)]
    Found {
        #[header(ETAG)]
        etag: ETag,
        body: String,
    },
}

fn main() {}
