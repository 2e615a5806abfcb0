//! A minimal JSON tree that keeps object keys in file order, and its parser.
//!
//! The contract needs file order ("failing that, the first version"), and we
//! also want to spot duplicate keys. The parser is small on purpose (every
//! byte of it ships in the wasm): it follows RFC 8259, bounds nesting so a
//! deep file is an error rather than a stack overflow, and says where a
//! mistake is. Numbers that are not whole numbers in `i64`'s range are kept
//! as written: no field of the contract needs them as floats.
//! (`tests/properties.rs` holds this parser to serde_json's verdict.)

use super::table::StrTable;

/// An object entry's key.
fn key_of(entry: &(String, Json)) -> &str {
    &entry.0
}

/// One JSON value. Objects keep their keys in the order they were written.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Int(i64),
    /// Any other number, as written (`1.5`, `2e3`, `18446744073709551616`).
    Number(String),
    Str(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// How deep lists and objects may nest.
pub const MAX_DEPTH: usize = 128;

impl Json {
    /// The word an editor would use for this kind of value, for messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "true/false",
            Json::Int(_) | Json::Number(_) => "a number",
            Json::Str(_) => "text",
            Json::Array(_) => "a list",
            Json::Object(_) => "an object",
        }
    }

    /// The value under `key` when this is an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(entries) => entries.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// Compact JSON text for this value (keys in order; `<` is escaped, so
    /// the text is also safe inside an HTML `<script>`).
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Json::Null => out.push_str("null"),
            Json::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Json::Int(n) => out.push_str(&n.to_string()),
            Json::Number(n) => out.push_str(n),
            Json::Str(s) => write_str(s, out),
            Json::Array(items) => {
                out.push('[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    v.write(out);
                }
                out.push(']');
            }
            Json::Object(entries) => {
                out.push('{');
                for (i, (k, v)) in entries.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    write_str(k, out);
                    out.push(':');
                    v.write(out);
                }
                out.push('}');
            }
        }
    }
}

fn write_str(s: &str, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c if c < ' ' || c == '<' => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize >> 4) & 15] as char);
                out.push(HEX[c as usize & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Parses text into a [`Json`] tree; the error says what is wrong and where.
pub fn parse(text: &str) -> Result<Json, String> {
    let mut p = Parser { text, i: 0, depth: 0 };
    let value = p.value()?;
    p.space();
    if p.i < text.len() {
        return Err(p.error("unexpected text after the end of the JSON"));
    }
    Ok(value)
}

struct Parser<'a> {
    text: &'a str,
    i: usize,
    depth: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.i).copied()
    }

    fn error(&self, what: &str) -> String {
        let before = self.text.get(..self.i).unwrap_or(self.text);
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        format!("{what} at line {line}, column {column}")
    }

    fn space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn expect_word(&mut self, word: &str, value: Json) -> Result<Json, String> {
        if self.text[self.i..].starts_with(word) {
            self.i += word.len();
            Ok(value)
        } else {
            Err(self.error("expected a value"))
        }
    }

    fn value(&mut self) -> Result<Json, String> {
        self.space();
        match self.peek() {
            None => Err(self.error("the file ends where a value should be")),
            Some(b'{' | b'[') => {
                if self.depth >= MAX_DEPTH {
                    return Err(self.error(&format!("lists and objects nest more than {MAX_DEPTH} levels deep")));
                }
                self.depth += 1;
                let v = if self.peek() == Some(b'{') { self.object() } else { self.array() };
                self.depth -= 1;
                v
            }
            Some(b'"') => self.string().map(Json::Str),
            Some(b't') => self.expect_word("true", Json::Bool(true)),
            Some(b'f') => self.expect_word("false", Json::Bool(false)),
            Some(b'n') => self.expect_word("null", Json::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => Err(self.error("expected a value")),
        }
    }

    /// After a value in a list or an object: true for `,`, false for `close`.
    fn next_or_close(&mut self, close: u8, inside: &str) -> Result<bool, String> {
        self.space();
        let found = self.peek();
        self.i += 1;
        match found {
            Some(b',') => Ok(true),
            Some(c) if c == close => Ok(false),
            None => Err(self.error(&format!("the file ends inside {inside}"))),
            Some(_) => {
                self.i -= 1;
                Err(self.error(&format!("expected `,` or `{}` in {inside}", close as char)))
            }
        }
    }

    fn array(&mut self) -> Result<Json, String> {
        self.i += 1;
        let mut items = Vec::new();
        self.space();
        if self.peek() == Some(b']') {
            self.i += 1;
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value()?);
            if !self.next_or_close(b']', "a list")? {
                return Ok(Json::Array(items));
            }
        }
    }

    fn object(&mut self) -> Result<Json, String> {
        self.i += 1;
        let mut entries: Vec<(String, Json)> = Vec::new();
        let mut keys: Option<StrTable> = None;
        self.space();
        if self.peek() == Some(b'}') {
            self.i += 1;
            return Ok(Json::Object(entries));
        }
        loop {
            self.space();
            match self.peek() {
                Some(b'"') => {}
                None => return Err(self.error("the file ends inside an object")),
                Some(_) => return Err(self.error("expected a key in double quotes")),
            }
            let at = self.i;
            let key = self.string()?;
            self.space();
            if self.peek() != Some(b':') {
                return Err(self.error("expected `:` after the key"));
            }
            self.i += 1;
            let value = self.value()?;
            // Small objects (nearly all) are scanned; large ones use a
            // table, so a file with many keys is read in linear time.
            let seen = if entries.len() < 16 {
                entries.iter().any(|(k, _)| *k == key)
            } else {
                let table = keys.get_or_insert_with(|| {
                    let mut t = StrTable::default();
                    for n in 1..=entries.len() {
                        t.add_last(&entries[..n], &key_of);
                    }
                    t
                });
                table.find(&entries, &key_of, &key).is_some()
            };
            if seen {
                self.i = at;
                return Err(self.error(&format!("the key \"{key}\" appears twice")));
            }
            entries.push((key, value));
            if let Some(t) = keys.as_mut() {
                t.add_last(&entries, &key_of);
            }
            if !self.next_or_close(b'}', "an object")? {
                return Ok(Json::Object(entries));
            }
        }
    }

    fn string(&mut self) -> Result<String, String> {
        self.i += 1;
        let mut out = String::new();
        loop {
            let start = self.i;
            while matches!(self.peek(), Some(c) if c != b'"' && c != b'\\' && c >= 0x20) {
                self.i += 1;
            }
            // The run ends at an ASCII byte (or the end): a char boundary.
            out.push_str(self.text.get(start..self.i).unwrap_or_default());
            match self.peek() {
                None => return Err(self.error("the file ends inside a string")),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.i += 1;
                    let c = self.escape()?;
                    out.push(c);
                }
                Some(_) => return Err(self.error("a control character (such as a line break) inside a string; write it as an escape")),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let digits = self.text.get(self.i..self.i + 4).filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
        let n = digits.and_then(|d| u32::from_str_radix(d, 16).ok()).ok_or_else(|| self.error("expected four hex digits after \\u"))?;
        self.i += 4;
        Ok(n)
    }

    fn escape(&mut self) -> Result<char, String> {
        let c = self.peek();
        self.i += 1;
        Ok(match c {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => {
                let hi = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&hi) {
                    let lo = if self.text[self.i..].starts_with("\\u") {
                        self.i += 2;
                        self.hex4()?
                    } else {
                        0
                    };
                    if !(0xDC00..0xE000).contains(&lo) {
                        return Err(self.error("a \\u escape for half a character (a lone surrogate)"));
                    }
                    0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                } else {
                    hi
                };
                char::from_u32(code).ok_or_else(|| self.error("a \\u escape for half a character (a lone surrogate)"))?
            }
            _ => {
                self.i -= 1;
                return Err(self.error("an unknown escape after a backslash"));
            }
        })
    }

    fn number(&mut self) -> Result<Json, String> {
        let start = self.i;
        let digits = |p: &mut Self| {
            let from = p.i;
            while matches!(p.peek(), Some(b'0'..=b'9')) {
                p.i += 1;
            }
            p.i > from
        };
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        if self.peek() == Some(b'0') {
            self.i += 1;
        } else if !digits(self) {
            return Err(self.error("expected a digit"));
        }
        let mut whole = true;
        if self.peek() == Some(b'.') {
            self.i += 1;
            whole = false;
            if !digits(self) {
                return Err(self.error("expected a digit after the decimal point"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.i += 1;
            whole = false;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if !digits(self) {
                return Err(self.error("expected a digit in the exponent"));
            }
        }
        let written = &self.text[start..self.i];
        Ok(match written.parse::<i64>() {
            Ok(n) if whole => Json::Int(n),
            _ => Json::Number(written.to_owned()),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_key_order() {
        let v = parse(r#"{"b":1,"a":2}"#).unwrap();
        let Json::Object(e) = v else { panic!() };
        assert_eq!(e[0].0, "b");
        assert_eq!(e[1].0, "a");
    }

    #[test]
    fn duplicate_keys_are_an_error() {
        assert!(parse(r#"{"a":1,"a":2}"#).unwrap_err().contains("appears twice"));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = "[".repeat(20_000) + &"]".repeat(20_000);
        assert!(parse(&deep).unwrap_err().contains("nest more than 128 levels"));
    }
}
