//! [`Message`]: a sentence put together during const evaluation, where `format!` is not
//! available, so a check can name the status and the rule it broke.

/// Room for the longest message a check writes; a piece that would not fit is left out whole.
const CAPACITY: usize = 512;

/// A string built by `const fn`s, piece by piece.
#[derive(Clone, Copy, Debug)]
pub struct Message {
    bytes: [u8; CAPACITY],
    len: usize,
}

impl Message {
    pub const fn new() -> Message {
        Message { bytes: [0; CAPACITY], len: 0 }
    }

    /// Appends `text`, unless it would overflow (cutting it could split a character).
    #[must_use]
    pub const fn push(mut self, text: &str) -> Message {
        let text = text.as_bytes();
        if self.len + text.len() > CAPACITY {
            return self;
        }
        let mut i = 0;
        while i < text.len() {
            self.bytes[self.len + i] = text[i];
            i += 1;
        }
        self.len += text.len();
        self
    }

    /// Appends `number` in decimal.
    #[must_use]
    pub const fn push_number(self, number: u16) -> Message {
        let mut digits = [0u8; 5];
        let (mut start, mut rest) = (digits.len(), number);
        loop {
            start -= 1;
            digits[start] = b"0123456789"[(rest % 10) as usize];
            rest /= 10;
            if rest == 0 {
                break;
            }
        }
        match core::str::from_utf8(digits.split_at(start).1) {
            Ok(text) => self.push(text),
            Err(_) => self,
        }
    }

    pub const fn as_str(&self) -> &str {
        // Only whole `&str`s are ever copied in, so the bytes are always UTF-8.
        match core::str::from_utf8(self.bytes.split_at(self.len).0) {
            Ok(text) => text,
            Err(_) => "",
        }
    }
}

impl Default for Message {
    fn default() -> Message {
        Message::new()
    }
}

#[cfg(test)]
mod tests {
    use super::Message;

    #[test]
    fn pieces_and_numbers() {
        const TEXT: Message = Message::new().push("`").push_number(405).push(" §").push_number(0).push_number(65535);
        assert_eq!(TEXT.as_str(), "`405 §065535");
    }

    #[test]
    fn a_piece_that_does_not_fit_is_left_out() {
        let long = "é".repeat(200);
        let message = Message::new().push("a").push(&long).push(&long);
        assert_eq!(message.as_str().len(), 401);
        assert!(message.as_str().starts_with('a'));
    }
}
