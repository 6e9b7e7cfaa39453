//! `keyed_enum!`: a fieldless enum whose values have stable `snake_case` keys, as `data/` and the
//! exports write them.

/// Defines the enum with `ALL`, `KEYS`, `key` and `from_key` from one row per value:
/// `Variant = "key"`, each with its doc comment.
macro_rules! keyed_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$variant_meta:meta])* $variant:ident = $key:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $( $(#[$variant_meta])* $variant, )+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: [$name; [$($key),+].len()] = [$($name::$variant),+];

            /// Every value's [`key`](Self::key), in declaration order.
            pub const KEYS: [&'static str; [$($key),+].len()] = [$($key),+];

            /// A stable `snake_case` key, as `data/` and the exports write it.
            pub const fn key(self) -> &'static str {
                match self {
                    $( $name::$variant => $key, )+
                }
            }

            /// The value whose [`key`](Self::key) is `key`.
            pub fn from_key(key: &str) -> Option<$name> {
                Self::ALL.into_iter().find(|value| value.key() == key)
            }
        }
    };
}
