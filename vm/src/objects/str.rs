//! `str`: an immutable byte string (Objects/stringobject.c), with its cached hash.

use std::cell::Cell;

pub struct PyStr {
    bytes: Box<[u8]>,
    hash: Cell<Option<i64>>,
}

impl PyStr {
    pub fn new(bytes: Vec<u8>) -> Self {
        PyStr {
            bytes: bytes.into_boxed_slice(),
            hash: Cell::new(None),
        }
    }
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }
    /// The hash, computed once as CPython caches `ob_shash`.
    pub fn hash(&self) -> i64 {
        if let Some(h) = self.hash.get() {
            return h;
        }
        let h = super::hash::hash_str(&self.bytes);
        self.hash.set(Some(h));
        h
    }
}

thread_local! {
    /// CPython's `interned` dict: one canonical object per interned value. Entries are weak,
    /// as interned strings are "mortal" in 2.7: the table does not keep them alive.
    static INTERNED: std::cell::RefCell<std::collections::HashMap<Box<[u8]>, std::rc::Weak<super::PyObject>>> =
        Default::default();
}

/// `PyString_InternInPlace`: the canonical object equal to the `str` `obj`, which becomes
/// canonical itself when there is none yet. Anything else is returned as it is.
pub fn intern(obj: super::ObjRef) -> super::ObjRef {
    let Some(bytes) = obj.as_str_bytes().map(Box::<[u8]>::from) else {
        return obj;
    };
    INTERNED.with(|table| {
        let mut table = table.borrow_mut();
        if let Some(existing) = table.get(&bytes).and_then(std::rc::Weak::upgrade) {
            return existing;
        }
        table.insert(bytes, std::rc::Rc::downgrade(&obj));
        obj
    })
}

/// Appends the escaped body of `bytes` as `string_repr` writes it between quotes.
pub fn escape_into(out: &mut Vec<u8>, bytes: &[u8], quote: u8) {
    for &c in bytes {
        match c {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            c if c == quote => {
                out.push(b'\\');
                out.push(c);
            }
            c if !(b' '..0x7f).contains(&c) => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(&[
                    b'\\',
                    b'x',
                    HEX[(c >> 4) as usize],
                    HEX[(c & 15) as usize],
                ]);
            }
            c => out.push(c),
        }
    }
}

/// `repr(s)`: single quotes unless the text holds `'` and no `"`.
pub fn repr(bytes: &[u8]) -> Vec<u8> {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = Vec::with_capacity(bytes.len() + 2);
    out.push(quote);
    escape_into(&mut out, bytes, quote);
    out.push(quote);
    out
}

/// A name as the trace shows it: escaped as `repr` with single quotes, without the quotes
/// (docs/trace-format.md, section 2.1).
pub fn escape_name(bytes: &[u8]) -> String {
    let mut out = Vec::with_capacity(bytes.len());
    escape_into(&mut out, bytes, b'\'');
    // Escaping leaves only printable ASCII.
    String::from_utf8(out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_picks_quotes_and_escapes_like_cpython() {
        assert_eq!(repr(b"abc"), b"'abc'");
        assert_eq!(repr(b"it's"), b"\"it's\"");
        assert_eq!(repr(b"it's \"q\""), b"'it\\'s \"q\"'");
        assert_eq!(repr(b"a\tb\n\x00\xff\\"), b"'a\\tb\\n\\x00\\xff\\\\'");
        assert_eq!(escape_name(b"f'\n"), "f\\'\\n");
    }
}
