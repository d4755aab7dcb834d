//! `classobj`: an old-style class (Objects/classobject.c) — a name, a tuple of bases and a
//! dict. Attribute lookup searches the bases depth-first, left to right.

use super::ObjRef;

pub struct PyClass {
    /// `__name__` (a str).
    pub name: ObjRef,
    /// `__bases__` (a tuple).
    pub bases: ObjRef,
    pub dict: ObjRef,
}

/// `class_repr`: `<class MODULE.NAME at ADDR>` (no module part when `__module__` is not a
/// str).
pub fn repr(module: Option<&[u8]>, name: &[u8], addr: usize) -> Vec<u8> {
    let mut out = b"<class ".to_vec();
    if let Some(m) = module {
        out.extend_from_slice(m);
        out.push(b'.');
    }
    out.extend_from_slice(name);
    out.extend_from_slice(format!(" at {addr:#x}>").as_bytes());
    out
}
