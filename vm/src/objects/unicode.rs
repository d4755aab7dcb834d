//! `unicode`: a sequence of code points (Objects/unicodeobject.c, UCS-4 build).

use std::cell::Cell;

pub struct PyUnicode {
    chars: Box<[u32]>,
    hash: Cell<Option<i64>>,
}

impl PyUnicode {
    pub fn new(chars: Vec<u32>) -> Self {
        PyUnicode {
            chars: chars.into_boxed_slice(),
            hash: Cell::new(None),
        }
    }
    pub fn chars(&self) -> &[u32] {
        &self.chars
    }
    pub fn cached_hash(&self) -> &Cell<Option<i64>> {
        &self.hash
    }
}

pub fn new_unicode(chars: Vec<u32>) -> super::ObjRef {
    super::PyObject::new(super::Payload::Unicode(PyUnicode::new(chars)))
}

/// `unicodeescape_string`: `\\`, `\t`, `\n`, `\r`, the quote when there is one, and `\xHH`,
/// `\uHHHH` or `\UHHHHHHHH` for what else is not printable ASCII (the body of a repr, and
/// the `unicode_escape` codec).
pub fn escape_into(out: &mut Vec<u8>, chars: &[u32], quote: Option<u8>) {
    for &c in chars {
        match c {
            0x5c => out.extend_from_slice(b"\\\\"),
            0x09 => out.extend_from_slice(b"\\t"),
            0x0a => out.extend_from_slice(b"\\n"),
            0x0d => out.extend_from_slice(b"\\r"),
            c if quote.is_some_and(|q| c == u32::from(q)) => {
                out.push(b'\\');
                out.push(c as u8);
            }
            c if c < 0x20 || c == 0x7f || (0x80..0x100).contains(&c) => {
                out.extend_from_slice(format!("\\x{c:02x}").as_bytes())
            }
            c if (0x100..0x10000).contains(&c) => {
                out.extend_from_slice(format!("\\u{c:04x}").as_bytes())
            }
            c if c >= 0x10000 => out.extend_from_slice(format!("\\U{c:08x}").as_bytes()),
            c => out.push(c as u8),
        }
    }
}

/// `repr(u'…')`: `u` and the same quote choice as `str`, with `\xHH`, `\uHHHH` or `\UHHHHHHHH`
/// escapes for what is not printable ASCII.
pub fn repr(chars: &[u32]) -> Vec<u8> {
    let squote = u32::from(b'\'');
    let dquote = u32::from(b'"');
    let quote = if chars.contains(&squote) && !chars.contains(&dquote) {
        b'"'
    } else {
        b'\''
    };
    let mut out = vec![b'u', quote];
    escape_into(&mut out, chars, Some(quote));
    out.push(quote);
    out
}
